"""Writes with rules for doctors' verification."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from doctors.models import DoctorProfile


@transaction.atomic
def doctor_verify(*, profile: DoctorProfile, verified_by, at: datetime | None = None) -> DoctorProfile:
    """Mark an applicant (or a rejected applicant, on appeal) as a verified doctor."""
    locked = DoctorProfile.objects.select_for_update().get(pk=profile.pk)
    if locked.status == DoctorProfile.Status.VERIFIED:
        return locked
    if locked.status == DoctorProfile.Status.SUSPENDED:
        raise ValidationError("A suspended doctor is reinstated, not verified again.", code="suspended")
    locked.status = DoctorProfile.Status.VERIFIED
    locked.verified_at = at or timezone.now()
    locked.verified_by = verified_by
    locked.full_clean()
    locked.save(update_fields=["status", "verified_at", "verified_by"])
    profile.status, profile.verified_at, profile.verified_by = locked.status, locked.verified_at, locked.verified_by
    return locked
