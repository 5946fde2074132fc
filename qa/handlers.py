"""qa's part in account events (accounts.signals): held questions, export, deletion; and which
model changes make cached public pages stale (qa.cache, connected in qa.apps)."""

from django.dispatch import receiver

from accounts.signals import account_deleting, collect_personal_data, email_confirmed
from qa.cache import bump_archive_generation
from qa.models import Notification, Question
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
    Question.objects.filter(asker=user).update(asker=None, asker_pseudonym="", submission_token=None)


# --- Cached public pages -------------------------------------------------------------------
# Most saves of questions are invisible to the public: asking, editing a pending question,
# claims, requests for information, declines. Only a change to a thread that is public, or that
# just stopped being public, bumps the archive generation: otherwise every claim would empty the
# page cache of the whole archive.

_LEFT_THE_ARCHIVE = frozenset({Question.Status.REMOVED})


def _public(question: Question) -> bool:
    return question.is_published or question.status in _LEFT_THE_ARCHIVE


def question_changed(sender, instance, **kwargs):
    if _public(instance):
        bump_archive_generation()


def answer_changed(sender, instance, **kwargs):
    if Question.objects.filter(pk=instance.question_id).published().exists():
        bump_archive_generation()


def question_tags_changed(sender, instance, action, reverse, **kwargs):
    if action.startswith("post_") and (reverse or _public(instance)):
        bump_archive_generation()
