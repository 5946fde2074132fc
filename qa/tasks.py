"""qa's background jobs (accounts.jobs: queued in the transaction, retried with backoff)."""

from accounts.jobs import job
from qa.models import Question
from qa.similarity import refresh_similar_and_neighbours


@job
def refresh_similar(*, question_pk: int) -> list[int] | None:
    """Refresh the Similar Q&A of a thread that was published, unpublished or retagged, and of its
    neighbours (qa.similarity). Runs on a worker after the change committed, so the doctor's or
    staff's request does not wait for it; it reads the thread as it is then. A question deleted
    meanwhile needs nothing (its rows went with it)."""
    question = Question.objects.filter(pk=question_pk).first()
    if question is None:
        return None
    refresh_similar_and_neighbours(question)
    return [question_pk]
