"""Server-side permission checks for pages of doctors and staff.

Checked on every request from the database row, so a suspension takes effect at once, also in
sessions already open. Anyone who may not act gets 403 (GET and POST alike).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext

from doctors.models import verified_doctor_of

__all__ = ["SignedInRequiredMixin", "StaffRequiredMixin", "VerifiedDoctorRequiredMixin", "requires_two_factor",
           "verified_doctor_of"]


def requires_two_factor(user) -> bool:
    """Staff and verified doctors must use two-factor authentication on the doctors' and staff
    pages and the admin (settings.ACCOUNTS_TWO_FACTOR_REQUIRED_FOR names this function)."""
    return user.is_staff or user.is_superuser or verified_doctor_of(user) is not None


class VerifiedDoctorRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        self.doctor = verified_doctor_of(request.user)
        if self.doctor is None:
            raise PermissionDenied(gettext("This page is for verified doctors."))
        return super().dispatch(request, *args, **kwargs)


class StaffRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_authenticated and request.user.is_staff):
            raise PermissionDenied(gettext("This page is for staff."))
        return super().dispatch(request, *args, **kwargs)


class SignedInRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise PermissionDenied(gettext("Please sign in first."))
        return super().dispatch(request, *args, **kwargs)
