"""Reads about doctors: public profiles, the answering queue, a doctor's own work, staff lists."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, QuerySet
from django.utils import timezone

from doctors.models import AuditEvent, DoctorProfile
from qa.models import Answer, Question

Status = Question.Status


def public_doctors() -> QuerySet[DoctorProfile]:
    """Verified doctors; ``num_published_answers`` counts their replies on published threads."""
    return (
        DoctorProfile.objects.verified().select_related("department")
        .order_by("department__position", "display_name")
    )


def public_doctor(slug: str) -> DoctorProfile | None:
    return public_doctors().filter(slug=slug).first()


def latest_public_answers(doctor: DoctorProfile, *, limit: int) -> list[Answer]:
    """The doctor's latest replies on published threads, with their question."""
    return list(
        Answer.objects.on_published_questions()
        .filter(doctor=doctor)
        .select_related("question__department")
        .order_by("-answered_at", "-pk")[:limit]
    )


def _open_for(doctor: DoctorProfile, now: datetime) -> Q:
    """Waiting questions: pending, or claimed with an expired claim, or claimed by this doctor."""
    return Q(status=Status.PENDING) | Q(status=Status.CLAIMED, claim_expires_at__lte=now) | Q(
        status=Status.CLAIMED, claimed_by=doctor
    )


def queue(doctor: DoctorProfile, *, tag=None, body_site: str = "", age_bracket: str = "",
          now: datetime | None = None, limit: int = 100) -> list[Question]:
    """The doctor's department's waiting questions: urgent first, then the longest waiting."""
    now = now or timezone.now()
    qs = Question.objects.filter(_open_for(doctor, now), department=doctor.department)
    if tag is not None:
        qs = qs.filter(tags=tag)
    if body_site:
        qs = qs.filter(body_sites__site=body_site)
    if age_bracket:
        qs = qs.filter(age_bracket=age_bracket)
    return list(
        qs.select_related("claimed_by")
        .prefetch_related("tags", "body_sites")
        .order_by("-is_urgent", "asked_at", "pk")[:limit]
    )


def queue_counts(doctor: DoctorProfile, *, now: datetime | None = None) -> dict[str, int]:
    """Waiting, claimed (live claims) and answered today, in the doctor's department: one query."""
    now = now or timezone.now()
    start_of_day = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    waiting = Q(status=Status.PENDING) | Q(status=Status.CLAIMED, claim_expires_at__lte=now)
    return Question.objects.filter(department=doctor.department).aggregate(
        waiting=Count("pk", filter=waiting),
        claimed=Count("pk", filter=Q(status=Status.CLAIMED, claim_expires_at__gt=now)),
        answered_today=Count("pk", filter=Q(status=Status.ANSWERED, published_at__gte=start_of_day)),
    )


def question_for_doctor(doctor: DoctorProfile, pk: int) -> Question | None:
    """A question of the doctor's department that has reached doctors (drafts never have)."""
    return (
        Question.objects.filter(department=doctor.department, pk=pk)
        .exclude(status__in=[Status.DRAFT, Status.WITHDRAWN])
        .select_related("department", "claimed_by", "duplicate_of", "follow_up_of")
        .prefetch_related("tags", "body_sites", "clarifications__doctor", "answers__doctor")
        .first()
    )


def my_claims(doctor: DoctorProfile, *, now: datetime | None = None) -> list[Question]:
    now = now or timezone.now()
    return list(
        Question.objects.filter(status=Status.CLAIMED, claimed_by=doctor, claim_expires_at__gt=now)
        .order_by("claim_expires_at")
    )


def my_answers(doctor: DoctorProfile) -> QuerySet[Answer]:
    return Answer.objects.filter(doctor=doctor).select_related("question").order_by("-answered_at", "-pk")


def median_minutes_to_answer(doctor: DoctorProfile) -> float | None:
    """Median time from asking to this doctor's answer, in minutes, over all their answers.

    The database sorts the waits and returns the middle one or two: two small queries, however
    many answers the doctor has written."""
    waits = (
        Answer.objects.filter(doctor=doctor)
        .annotate(wait=ExpressionWrapper(F("answered_at") - F("question__asked_at"), output_field=DurationField()))
        .order_by("wait")
        .values_list("wait", flat=True)
    )
    count = waits.count()
    if not count:
        return None
    middle = list(waits[(count - 1) // 2: count // 2 + 1])
    return sum(wait.total_seconds() for wait in middle) / len(middle) / 60


def audit_events(*, action: str = "", actor: str = "", question_id: int | None = None) -> QuerySet[AuditEvent]:
    qs = AuditEvent.objects.select_related("question", "doctor")
    if action:
        qs = qs.filter(action=action)
    if actor:
        qs = qs.filter(actor_name__icontains=actor)
    if question_id:
        qs = qs.filter(question_id=question_id)
    return qs.order_by("-created_at", "-pk")
