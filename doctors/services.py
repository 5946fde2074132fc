"""Writes with rules for doctors: applying, verification, and the answering queue.

Every action is recorded in the audit log in the same transaction as the change it records.
Queue actions call qa.services (which own the question's status) and add the audit entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify

from doctors.models import AnswerRevision, AuditEvent, DoctorProfile
from qa import services as qa_services
from qa.cache import bump_archive_generation
from qa.models import Answer, Department, Question, Report, Tag
from qa.search import index_question

Status = DoctorProfile.Status


def audit_record(*, action: str, actor, question: Question | None = None, doctor: DoctorProfile | None = None,
                 detail: str = "") -> AuditEvent:
    profile = getattr(actor, "doctor_profile", None) if actor is not None else None
    name = profile.display_name if profile is not None else (actor.get_username() if actor else "system")
    return AuditEvent.objects.create(action=action, actor=actor, actor_name=name, question=question,
                                     doctor=doctor, detail=detail)


def count_published_answers(*, question: Question, delta: int, **kwargs) -> None:
    """Receiver of qa.signals.thread_publication_changed: keep DoctorProfile.num_published_answers."""
    doctor_ids = Answer.objects.filter(question=question).values("doctor_id")
    DoctorProfile.objects.filter(pk__in=doctor_ids).update(num_published_answers=F("num_published_answers") + delta)


def profile_saved(sender, instance: DoctorProfile, created: bool, **kwargs) -> None:
    """Receiver of post_save for DoctorProfile: make cached public pages stale. A verification,
    a suspension (it hides the doctor's answers) or a renaming shows on public pages; a new
    application shows nowhere, so the cached pages stay."""
    if created and instance.status != Status.VERIFIED:
        return
    bump_archive_generation()


def rebuild_published_answer_counts() -> int:
    """Recount every doctor's answers on published threads (after bulk imports); returns doctors."""
    counts = (
        Answer.objects.on_published_questions().filter(doctor=OuterRef("pk")).order_by()
        .values("doctor").annotate(n=Count("pk")).values("n")
    )
    return DoctorProfile.objects.update(num_published_answers=Coalesce(Subquery(counts), 0))


def _unique_slug(name: str) -> str:
    base = slugify(name.removeprefix("Dr. ").removeprefix("Dr ")) or "doctor"
    slug, n = base, 2
    while DoctorProfile.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def doctor_apply(*, user, full_name: str, department: Department, licence_number: str, hospital: str,
                 bio: str = "") -> DoctorProfile:
    """A signed-in user applies to answer as a doctor; staff review the application."""
    if DoctorProfile.objects.filter(user=user).exists():
        raise ValidationError("You have already applied.", code="already_applied")
    name = full_name.strip()
    display = name if name.lower().startswith("dr") else f"Dr. {name}"
    profile = DoctorProfile(user=user, display_name=display, slug=_unique_slug(display), department=department,
                            licence_number=licence_number.strip(), hospital=hospital.strip(), bio=bio.strip(),
                            status=Status.APPLIED, status_changed_at=timezone.now())
    profile.full_clean()
    profile.save()
    audit_record(action=AuditEvent.Action.APPLY, actor=user, doctor=profile)
    return profile


def _transition(profile: DoctorProfile, *, allowed: set[str], to: str, by, action: str, note: str = "",
                at: datetime | None = None) -> DoctorProfile:
    locked = DoctorProfile.objects.select_for_update().get(pk=profile.pk)
    if locked.status not in allowed:
        raise ValidationError(
            f"A doctor who is {locked.get_status_display()} cannot be {AuditEvent.Action(action).label}.",
            code="bad_transition",
        )
    now = at or timezone.now()
    locked.status, locked.status_changed_at, locked.decision_note = to, now, note.strip()
    fields = ["status", "status_changed_at", "decision_note"]
    if to == Status.VERIFIED:
        locked.verified_at, locked.verified_by = now, by
        fields += ["verified_at", "verified_by"]
    locked.full_clean()
    locked.save(update_fields=fields)
    audit_record(action=action, actor=by, doctor=locked, detail=note.strip())
    for attr in ("status", "status_changed_at", "decision_note", "verified_at", "verified_by"):
        setattr(profile, attr, getattr(locked, attr))
    return locked


@transaction.atomic
def doctor_verify(*, profile: DoctorProfile, verified_by, at: datetime | None = None) -> DoctorProfile:
    """Verify an applicant (or a rejected applicant, on appeal)."""
    if profile.status == Status.VERIFIED:
        return profile
    return _transition(profile, allowed={Status.APPLIED, Status.REJECTED}, to=Status.VERIFIED, by=verified_by,
                       action=AuditEvent.Action.VERIFY, at=at)


@transaction.atomic
def doctor_reject(*, profile: DoctorProfile, by, reason: str) -> DoctorProfile:
    if not reason.strip():
        raise ValidationError("Give the applicant a reason.", code="reason_required")
    return _transition(profile, allowed={Status.APPLIED}, to=Status.REJECTED, by=by,
                       action=AuditEvent.Action.REJECT, note=reason)


@transaction.atomic
def doctor_suspend(*, profile: DoctorProfile, by, reason: str) -> DoctorProfile:
    """Take the doctor features away at once; their claims go back to the queue."""
    if not reason.strip():
        raise ValidationError("Record why the doctor is suspended.", code="reason_required")
    locked = _transition(profile, allowed={Status.VERIFIED}, to=Status.SUSPENDED, by=by,
                         action=AuditEvent.Action.SUSPEND, note=reason)
    for question in Question.objects.filter(status=Question.Status.CLAIMED, claimed_by=locked):
        qa_services.question_release(question=question, doctor=locked)
        audit_record(action=AuditEvent.Action.RELEASE, actor=by, question=question, doctor=locked,
                     detail="released on suspension")
    return locked


@transaction.atomic
def doctor_reinstate(*, profile: DoctorProfile, by) -> DoctorProfile:
    return _transition(profile, allowed={Status.SUSPENDED}, to=Status.VERIFIED, by=by,
                       action=AuditEvent.Action.REINSTATE)


# --- The queue ------------------------------------------------------------------------------

@transaction.atomic
def queue_claim(*, question: Question, doctor: DoctorProfile) -> Question:
    claimed = qa_services.question_claim(question=question, doctor=doctor)
    audit_record(action=AuditEvent.Action.CLAIM, actor=doctor.user, question=claimed, doctor=doctor)
    return claimed


@transaction.atomic
def queue_release(*, question: Question, doctor: DoctorProfile) -> Question:
    released = qa_services.question_release(question=question, doctor=doctor)
    audit_record(action=AuditEvent.Action.RELEASE, actor=doctor.user, question=released, doctor=doctor)
    return released


@transaction.atomic
def queue_expire_claims(*, now: datetime | None = None) -> int:
    """Return expired claims to the queue, recording each expiry."""
    expired = qa_services.claims_expire(now=now)
    for question in expired:
        audit_record(action=AuditEvent.Action.EXPIRE, actor=None, question=question,
                     doctor=question.expired_claimant)
    return len(expired)


@transaction.atomic
def queue_answer(*, question: Question, doctor: DoctorProfile, body: str, tags: Iterable[Tag] | None = None) -> Answer:
    """Set the topics (if given) and publish the answer, under the doctor's live claim."""
    if tags is not None:
        queue_retag(question=question, doctor=doctor, tags=tags)
    answer = qa_services.answer_publish(question=question, doctor=doctor, body=body)
    audit_record(action=AuditEvent.Action.ANSWER, actor=doctor.user, question=question, doctor=doctor)
    return answer


@transaction.atomic
def queue_retag(*, question: Question, doctor: DoctorProfile, tags: Iterable[Tag]) -> Question:
    tags = list(tags)
    before = sorted(question.tags.values_list("slug", flat=True))
    after = sorted(t.slug for t in tags)
    qa_services.question_retag(question=question, doctor=doctor, tags=tags)
    if before != after:
        audit_record(action=AuditEvent.Action.RETAG, actor=doctor.user, question=question, doctor=doctor,
                     detail=f"{', '.join(before) or '-'} → {', '.join(after) or '-'}")
    return question


@transaction.atomic
def queue_request_information(*, question: Question, doctor: DoctorProfile, body: str):
    clarification = qa_services.question_request_information(question=question, doctor=doctor, body=body)
    audit_record(action=AuditEvent.Action.REQUEST_INFO, actor=doctor.user, question=question, doctor=doctor)
    return clarification


@transaction.atomic
def queue_decline(*, question: Question, doctor: DoctorProfile, reason: str, note: str = "",
                  duplicate_of: Question | None = None) -> Question:
    declined = qa_services.question_decline(question=question, doctor=doctor, reason=reason, note=note,
                                            duplicate_of=duplicate_of)
    audit_record(action=AuditEvent.Action.DECLINE, actor=doctor.user, question=declined, doctor=doctor,
                 detail=reason)
    return declined


@transaction.atomic
def answer_edit(*, answer: Answer, doctor: DoctorProfile, body: str) -> Answer:
    """The answering doctor edits their published answer; the previous text is kept as a revision."""
    locked = Answer.objects.select_for_update().get(pk=answer.pk)
    if locked.doctor_id != doctor.pk or not doctor.is_verified:
        raise ValidationError("Only the verified doctor who wrote this answer can edit it.", code="not_author")
    if body.strip() == locked.body.strip():
        return locked
    AnswerRevision.objects.create(answer=locked, body=locked.body, edited_by=doctor)
    locked.body = body.strip()
    locked.full_clean()
    locked.save(update_fields=["body", "updated_at"])
    index_question(locked.question)
    audit_record(action=AuditEvent.Action.EDIT, actor=doctor.user, question=locked.question, doctor=doctor)
    return locked


# --- Reports (staff) -------------------------------------------------------------------------

@transaction.atomic
def report_unpublish(*, report: Report, by) -> Question:
    question = qa_services.question_unpublish(question=report.question, by=by)
    audit_record(action=AuditEvent.Action.UNPUBLISH, actor=by, question=question,
                 detail=report.get_reason_display())
    return question


@transaction.atomic
def report_dismiss(*, report: Report, by) -> Report:
    dismissed = qa_services.report_dismiss(report=report, by=by)
    audit_record(action=AuditEvent.Action.DISMISS_REPORT, actor=by, question=report.question)
    return dismissed
