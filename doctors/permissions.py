"""Server-side permission checks for the doctors' and staff pages.

Checked on every request from the database row, so a suspension takes effect at once, also in
sessions already open. Anyone who may not act gets 403 (GET and POST alike).
"""

from django.core.exceptions import PermissionDenied


def verified_doctor_of(user):
    """The user's verified doctor profile, or None."""
    if not user.is_authenticated:
        return None
    profile = getattr(user, "doctor_profile", None)
    return profile if profile is not None and profile.is_verified else None


class VerifiedDoctorRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        self.doctor = verified_doctor_of(request.user)
        if self.doctor is None:
            raise PermissionDenied("This page is for verified doctors.")
        return super().dispatch(request, *args, **kwargs)


class StaffRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_authenticated and request.user.is_staff):
            raise PermissionDenied("This page is for staff.")
        return super().dispatch(request, *args, **kwargs)


class SignedInRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise PermissionDenied("Please sign in first.")
        return super().dispatch(request, *args, **kwargs)
