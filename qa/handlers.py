"""qa's part in account events (accounts.signals): held questions, export, deletion; and which
model changes make cached public pages stale (qa.cache, connected in qa.apps)."""

from django.dispatch import receiver

from accounts.signals import account_deleting, collect_personal_data, email_confirmed
from qa.cache import bump_archive_generation, threads_changed
from qa.models import Notification, Question, SimilarThread
from qa.services import questions_release_drafts


@receiver(email_confirmed)
def release_held_questions(sender, user, **kwargs):
    questions_release_drafts(user=user)


@receiver(collect_personal_data)
def export_questions(sender, user, **kwargs):
    questions = (
        Question.objects.filter(asker=user)
        .select_related("department")
        .prefetch_related("tags", "body_sites", "clarifications", "answers__doctor")
        .order_by("asked_at")
    )
    return {
        "questions": [
            {
                "title": q.title,
                "description": q.body,
                "status": q.status,
                "status_in_words": q.get_status_display(),
                "age_bracket": q.age_bracket,
                "sex": q.sex,
                "department": q.department.name,
                "body_sites": [s.site for s in q.body_sites.all()],
                "duration": q.duration,
                "itch": q.itch,
                "pain": q.pain,
                "tried": q.tried,
                "topics": [t.name for t in q.tags.all()],
                "urgent_signs": q.red_flags,
                "public_name": q.asker_pseudonym,
                "asked_at": q.asked_at.isoformat(),
                "published_at": q.published_at.isoformat() if q.published_at else None,
                "decline_reason": q.get_decline_reason_display() if q.decline_reason else "",
                "decline_note": q.decline_note,
                "clarifications": [
                    {"kind": c.kind, "text": c.body, "at": c.created_at.isoformat()} for c in q.clarifications.all()
                ],
                "answers": [
                    {"doctor": a.doctor.display_name, "text": a.body, "at": a.answered_at.isoformat()}
                    for a in q.answers.all()
                ],
            }
            for q in questions
        ],
        "notifications": [
            {"kind": n.kind, "question": n.question_id, "at": n.created_at.isoformat(),
             "read_at": n.read_at.isoformat() if n.read_at else None}
            for n in Notification.objects.filter(user=user)
        ],
    }


@receiver(account_deleting)
def delete_or_anonymise_questions(sender, user, **kwargs):
    """Unpublished questions go; published threads stay, with no trace of the asker."""
    Question.objects.filter(asker=user).exclude(status=Question.Status.ANSWERED).delete()
    published = list(Question.objects.filter(asker=user).values_list("pk", flat=True))
    Question.objects.filter(pk__in=published).update(asker=None, asker_pseudonym="", submission_token=None)
    if published:  # no cached page may keep showing their public name
        threads_changed(published)


# --- Cached public pages -------------------------------------------------------------------
# Most saves of questions are invisible to the public: asking, editing a pending question,
# claims, requests for information, declines. Only a change to a thread that is public, or that
# just stopped being public, makes cached pages stale (qa.cache): the lists, the thread's own page
# and the pages that show it (the threads whose Similar Q&A lists it, its follow-ups and the
# thread it follows up). Otherwise every claim would empty the page cache of the whole archive.

_LEFT_THE_ARCHIVE = frozenset({Question.Status.REMOVED})


def _public(question: Question) -> bool:
    return question.is_published or question.status in _LEFT_THE_ARCHIVE


def _thread_changed(pk: int, follow_up_of_id: int | None = None) -> None:
    shown_on = {pk, follow_up_of_id}
    shown_on |= set(SimilarThread.objects.filter(similar_id=pk).values_list("question_id", flat=True))
    shown_on |= set(Question.objects.filter(follow_up_of_id=pk).values_list("pk", flat=True))
    threads_changed(shown_on)


def question_changed(sender, instance, **kwargs):
    if _public(instance):
        _thread_changed(instance.pk, instance.follow_up_of_id)


def thread_part_changed(sender, instance, **kwargs):
    """An answer or a clarification of a published thread changed: the thread page shows both."""
    question = Question.objects.published().filter(pk=instance.question_id).first()
    if question is not None:
        _thread_changed(question.pk, question.follow_up_of_id)


def question_tags_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:
        if _public(instance):
            _thread_changed(instance.pk, instance.follow_up_of_id)
    elif pk_set:  # a topic's questions changed: each of them, if public
        for question in Question.objects.filter(pk__in=pk_set):
            if _public(question):
                _thread_changed(question.pk, question.follow_up_of_id)
    else:  # a topic's questions were all cleared
        bump_archive_generation()
