"""qa's part in the events of the layers below it (accounts.signals, doctors.signals): held
questions, export and deletion of a patient's data, a doctor's suspension or renaming.
Connected when the module is imported (qa.apps)."""

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver

from accounts.signals import account_deleting, collect_personal_data, collect_personal_files, email_confirmed
from doctors.models import DoctorProfile
from doctors.signals import directory_changed, doctor_status_changed
from qa import publication
from qa.models import Clarification, Notification, Outcome, Photo, Question, QuestionEvent
from qa.services import claims_release_of_suspended, questions_release_drafts


@receiver(email_confirmed)
def release_held_questions(sender, user, **kwargs):
    questions_release_drafts(user=user)


@receiver(collect_personal_data)
def export_questions(sender, user, **kwargs):
    questions = (
        Question.objects.filter(asker=user)
        .select_related("department", "outcome")
        .prefetch_related("tags", "body_sites", "clarifications", "answers__doctor", "photos")
        .order_by("asked_at")
    )
    return {
        "questions": [
            {
                "title": q.typed("title"),
                "description": q.typed("body"),
                "status": q.status,
                "status_in_words": q.get_status_display(),
                "age_bracket": q.age_bracket,
                "sex": q.sex,
                "department": q.department.name,
                "body_sites": [s.site for s in q.body_sites.all()],
                "duration": q.duration,
                "itch": q.itch,
                "pain": q.pain,
                "tried": q.typed("tried"),
                "topics": [t.name for t in q.tags.all()],
                "triage": q.triage_findings,
                "public_name": q.asker_pseudonym,
                "asked_at": q.asked_at.isoformat(),
                "published_at": q.published_at.isoformat() if q.published_at else None,
                "decline_reason": q.get_decline_reason_display() if q.decline_reason else "",
                "decline_note": q.decline_note,
                "clarifications": [
                    {"kind": c.kind, "text": c.typed("body"), "at": c.created_at.isoformat()}
                    for c in q.clarifications.all()
                ],
                "update": (
                    {"how_it_is_now": q.outcome.result, "diagnosis": q.outcome.typed("diagnosis"),
                     "note": q.outcome.typed("note"), "at": q.outcome.reported_at.isoformat(),
                     "review": q.outcome.review}
                    if hasattr(q, "outcome") else None
                ),
                "photos": [
                    {"file": export_name(p), "body_site": p.body_site, "caption": p.typed("caption"),
                     "at": p.created_at.isoformat()}
                    for p in q.photos.all()
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


def export_name(photo: Photo) -> str:
    return f"photos/{photo.key}.jpg"


@receiver(collect_personal_files)
def export_photos(sender, user, **kwargs):
    """The patient's photos, as stored (already without metadata), beside the JSON in the zip."""
    photos = Photo.objects.filter(Q(question__asker=user) | Q(uploader=user)).order_by("created_at", "pk")
    return [(export_name(photo), photo.file.open) for photo in photos]


@receiver(post_delete, sender=Photo)
def remove_photo_files(sender, instance, **kwargs):
    """A deleted photo's files leave the storage too, once the deletion is committed (a rolled-back
    deletion keeps them). Bulk deletions (an account, a withdrawn question) send this per row."""
    names = [name for name in (instance.file.name, instance.thumbnail.name) if name]
    storage = instance.file.storage

    def remove():
        for name in names:
            storage.delete(name)

    transaction.on_commit(remove)


@receiver(account_deleting)
def delete_or_anonymise_questions(sender, user, **kwargs):
    """Unpublished questions go; published threads stay, with no trace of the asker: their public
    copies stay, what they typed (with the personal details the public copy hides) goes. Every
    photo goes, of published threads too (they were never public), files included."""
    Photo.objects.filter(Q(question__asker=user) | Q(uploader=user)).delete()
    Question.objects.filter(asker=user).exclude(status=Question.Status.ANSWERED).delete()
    QuestionEvent.objects.filter(actor=user).update(actor_name="a deleted account")
    published = list(Question.objects.filter(asker=user).values_list("pk", flat=True))
    Question.objects.filter(pk__in=published).update(asker=None, asker_pseudonym="", submission_token=None,
                                                     original_title="", original_body="", original_tried="")
    Clarification.objects.filter(question__in=published, kind=Clarification.Kind.ADDITION).update(original_body="")
    Outcome.objects.filter(question__in=published).update(original_diagnosis="", original_note="")
    if published:  # no cached page may keep showing their public name
        publication.threads_anonymised(published)


@receiver(doctor_status_changed)
def doctor_status_changed_receiver(sender, profile, previous, by, **kwargs):
    """A suspension returns the doctor's claims to the queue; a change to or from "verified" shows
    on public pages (their answers and their profile appear or disappear)."""
    if profile.status == DoctorProfile.Status.SUSPENDED:
        claims_release_of_suspended(doctor=profile, by=by)
    if DoctorProfile.Status.VERIFIED in {previous, profile.status}:
        publication.archive_changed()


@receiver(directory_changed)
def directory_changed_receiver(sender, instance, **kwargs):
    publication.archive_changed()
