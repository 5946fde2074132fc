"""Reads about doctors for public pages."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from doctors.models import DoctorProfile
from qa.models import Answer, published_q


def public_doctors() -> QuerySet[DoctorProfile]:
    """Verified doctors with ``num_answers``: their replies on published threads."""
    return (
        DoctorProfile.objects.verified()
        .select_related("department")
        .annotate(num_answers=Count("answers", filter=published_q("answers__question__")))
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
