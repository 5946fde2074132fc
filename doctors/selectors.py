"""Reads about doctors: the public directory and the staff's list of applications."""

from __future__ import annotations

from django.db.models import QuerySet

from doctors.models import Department, DoctorProfile


def public_doctors() -> QuerySet[DoctorProfile]:
    """Verified doctors by department, then name; ``num_published_answers`` counts their replies."""
    return (
        DoctorProfile.objects.verified().select_related("department")
        .order_by("department__position", "display_name")
    )


def public_doctor(slug: str) -> DoctorProfile | None:
    return public_doctors().filter(slug=slug).first()


def departments() -> QuerySet[Department]:
    return Department.objects.all()


def doctors_for_staff(status: str) -> QuerySet[DoctorProfile]:
    """Profiles in ``status`` ("all" for every one), oldest application first."""
    doctors = DoctorProfile.objects.select_related("department", "user").order_by("applied_at")
    return doctors if status == "all" else doctors.filter(status=status)
