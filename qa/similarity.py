"""The precomputed "Similar Q&A" of each published thread.

Rank: the number of shared tags, then text similarity (overlap of the telling words of title and
question), then recency. Candidates are the ``CANDIDATES`` threads with the most shared tags
(ties: the most recent), so the work per thread is bounded whatever the archive's size.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import Count

from qa.cache import threads_changed
from qa.models import Question, SimilarThread
from qa.selectors import keywords

LIMIT = 5
CANDIDATES = 50


def _words(question: Question) -> set[str]:
    return set(keywords(f"{question.title} {question.body}", limit=24))


def compute_similar(question: Question, *, limit: int = LIMIT) -> list[SimilarThread]:
    """The sidebar rows for ``question`` (unsaved), best first."""
    tag_ids = list(question.tags.values_list("pk", flat=True))
    if not tag_ids:
        return []
    # The ranking of qa.selectors.questions_sharing_tags, without the replies it prefetches for pages.
    candidates = list(
        Question.objects.published().filter(tags__in=tag_ids).exclude(pk=question.pk)
        .annotate(shared_tags=Count("tags"))
        .only("pk", "title", "body", "published_at")
        .order_by("-shared_tags", "-published_at", "-pk")[:CANDIDATES]
    )
    mine = _words(question)

    def text_similarity(other: Question) -> float:
        theirs = _words(other)
        union = mine | theirs
        return len(mine & theirs) / len(union) if union else 0.0

    scored = [(c, text_similarity(c)) for c in candidates]
    scored.sort(key=lambda pair: (pair[0].shared_tags, pair[1], pair[0].published_at, pair[0].pk), reverse=True)
    return [
        SimilarThread(question=question, similar=c, rank=rank, shared_tags=c.shared_tags, text_similarity=sim)
        for rank, (c, sim) in enumerate(scored[:limit], start=1)
    ]


@transaction.atomic
def refresh_similar(question: Question) -> int:
    """Recompute one thread's sidebar rows (none unless it is published)."""
    SimilarThread.objects.filter(question=question).delete()
    if not Question.objects.published().filter(pk=question.pk).exists():
        return 0
    rows = compute_similar(question)
    SimilarThread.objects.bulk_create(rows)
    return len(rows)


def refresh_similar_and_neighbours(question: Question) -> None:
    """Refresh the thread's sidebar and the sidebars of the threads that list it or that it lists
    (a newly published thread usually belongs in its neighbours' sidebars too)."""
    refresh_similar(question)
    neighbours = set(SimilarThread.objects.filter(question=question).values_list("similar_id", flat=True))
    neighbours |= set(SimilarThread.objects.filter(similar=question).values_list("question_id", flat=True))
    for neighbour in Question.objects.filter(pk__in=neighbours):
        refresh_similar(neighbour)
    # The rows changed after the publication's own bump: these pages, if cached meanwhile, are stale.
    threads_changed({question.pk, *neighbours}, lists=False)


def schedule_refresh(question: Question) -> None:
    """Refresh after the current transaction commits (QA_SIMILAR_REFRESH="on_commit", the
    default: publishing stays short and a failure here cannot undo it), or at once ("immediate",
    used by the test suite, whose transactions never commit)."""
    if settings.QA_SIMILAR_REFRESH == "immediate":
        refresh_similar_and_neighbours(question)
    else:
        transaction.on_commit(lambda: refresh_similar_and_neighbours(question))
