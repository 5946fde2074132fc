"""Writes with rules for doctors: applying, verification, and staff edits of a profile.

Every action is recorded (VerificationEvent) in the transaction of the change it records.
Layers above take part through doctors.signals: a suspension returns the doctor's claims to the
queue there.
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from doctors.models import Department, DoctorProfile, VerificationEvent
from doctors.signals import directory_changed, doctor_status_changed

Status = DoctorProfile.Status
Action = VerificationEvent.Action

# What staff may change by hand (the admin); status and verification go through the actions below.
EDITABLE_FIELDS = ("display_name", "slug", "department", "hospital", "licence_number", "bio")
_PUBLIC_FIELDS = {"display_name", "slug", "department", "hospital", "bio"}


def actor_name(user) -> str:
    """How an actor appears in audit logs: a doctor by their public name, others by username."""
    if user is None:
        return "system"
    profile = getattr(user, "doctor_profile", None)  # None too when the user has no profile
    return profile.display_name if profile is not None else user.get_username()


def _record(*, action: str, actor, doctor: DoctorProfile, detail: str = "") -> VerificationEvent:
    return VerificationEvent.objects.create(action=action, actor=actor, actor_name=actor_name(actor),
                                            doctor=doctor, detail=detail)


def _unique_slug(name: str) -> str:
    base = slugify(name.removeprefix("Dr. ").removeprefix("Dr ")) or "doctor"
    slug, n = base, 2
    while DoctorProfile.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def doctor_apply(*, user, full_name: str, department: Department, licence_number: str, hospital: str,
                 bio: str = "", applied_at: datetime | None = None) -> DoctorProfile:
    """A signed-in user applies to answer as a doctor; staff review the application."""
    if DoctorProfile.objects.filter(user=user).exists():
        raise ValidationError(gettext("You have already applied."), code="already_applied")
    name = full_name.strip()
    display = name if name.lower().startswith("dr") else f"Dr. {name}"
    now = applied_at or timezone.now()
    profile = DoctorProfile(user=user, display_name=display, slug=_unique_slug(display), department=department,
                            licence_number=licence_number.strip(), hospital=hospital.strip(), bio=bio.strip(),
                            status=Status.APPLIED, applied_at=now, status_changed_at=now)
    profile.full_clean()
    profile.save()
    _record(action=Action.APPLY, actor=user, doctor=profile)
    return profile


def _transition(profile: DoctorProfile, *, allowed: set[str], to: str, by, action: str, note: str = "",
                at: datetime | None = None) -> DoctorProfile:
    """Call inside a transaction: locks the profile's row, changes its status, records it."""
    locked = DoctorProfile.objects.select_for_update().get(pk=profile.pk)
    if locked.status not in allowed:
        raise ValidationError(
            gettext("A doctor who is %(status)s cannot be %(action)s.")
            % {"status": locked.get_status_display(), "action": Action(action).label},
            code="bad_transition",
        )
    previous = locked.status
    now = at or timezone.now()
    locked.status, locked.status_changed_at, locked.decision_note = to, now, note.strip()
    fields = ["status", "status_changed_at", "decision_note"]
    if to == Status.VERIFIED:
        locked.verified_at, locked.verified_by = now, by
        fields += ["verified_at", "verified_by"]
    locked.full_clean()
    locked.save(update_fields=fields)
    _record(action=action, actor=by, doctor=locked, detail=note.strip())
    for attr in ("status", "status_changed_at", "decision_note", "verified_at", "verified_by"):
        setattr(profile, attr, getattr(locked, attr))
    doctor_status_changed.send(sender=DoctorProfile, profile=locked, previous=previous, by=by)
    return locked


@transaction.atomic
def doctor_verify(*, profile: DoctorProfile, verified_by, at: datetime | None = None) -> DoctorProfile:
    """Verify an applicant (or a rejected applicant, on appeal)."""
    if profile.status == Status.VERIFIED:
        return profile
    return _transition(profile, allowed={Status.APPLIED, Status.REJECTED}, to=Status.VERIFIED, by=verified_by,
                       action=Action.VERIFY, at=at)


@transaction.atomic
def doctor_reject(*, profile: DoctorProfile, by, reason: str) -> DoctorProfile:
    if not reason.strip():
        raise ValidationError(gettext("Give the applicant a reason."), code="reason_required")
    return _transition(profile, allowed={Status.APPLIED}, to=Status.REJECTED, by=by, action=Action.REJECT,
                       note=reason)


@transaction.atomic
def doctor_suspend(*, profile: DoctorProfile, by, reason: str) -> DoctorProfile:
    """Take the doctor features away at once (their claims go back to the queue: doctors.signals)."""
    if not reason.strip():
        raise ValidationError(gettext("Record why the doctor is suspended."), code="reason_required")
    return _transition(profile, allowed={Status.VERIFIED}, to=Status.SUSPENDED, by=by, action=Action.SUSPEND,
                       note=reason)


@transaction.atomic
def doctor_reinstate(*, profile: DoctorProfile, by) -> DoctorProfile:
    return _transition(profile, allowed={Status.SUSPENDED}, to=Status.VERIFIED, by=by, action=Action.REINSTATE)


@transaction.atomic
def doctor_update(*, profile: DoctorProfile, by, **changes) -> DoctorProfile:
    """Staff correct a profile (``EDITABLE_FIELDS`` only). A change a public page shows makes the
    cached pages stale through ``directory_changed``."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(gettext("These fields change only through verification: %(fields)s.")
                              % {"fields": ", ".join(sorted(unknown))}, code="not_editable")
    locked = DoctorProfile.objects.select_for_update().get(pk=profile.pk)
    changed = [name for name, value in changes.items() if getattr(locked, name) != value]
    if not changed:
        return locked
    for name in changed:
        setattr(locked, name, changes[name])
    locked.full_clean()
    locked.save(update_fields=changed)
    _record(action=Action.EDIT, actor=by, doctor=locked, detail=", ".join(changed))
    if _PUBLIC_FIELDS & set(changed):
        directory_changed.send(sender=DoctorProfile, instance=locked)
    return locked


@transaction.atomic
def department_save(*, department: Department) -> Department:
    """Create or change a department (staff, the demo loader); cached pages show departments."""
    department.full_clean()
    department.save()
    directory_changed.send(sender=Department, instance=department)
    return department
