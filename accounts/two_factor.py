"""Who must use two-factor authentication, and where.

accounts is the lowest layer and does not know what a verified doctor is: the project names the
predicate in ``settings.ACCOUNTS_TWO_FACTOR_REQUIRED_FOR`` (``doctors.permissions.requires_two_factor``)
and the paths that need it in ``ACCOUNTS_TWO_FACTOR_PATHS`` / ``ACCOUNTS_TWO_FACTOR_EXEMPT_PATHS``.
"""

from __future__ import annotations

from functools import cache

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext


@cache
def _predicate(path: str):
    return import_string(path)


def two_factor_required_for(user) -> bool:
    """Whether ``user`` must have two-factor authentication to reach the protected pages."""
    if not user.is_authenticated:
        return False
    return bool(_predicate(settings.ACCOUNTS_TWO_FACTOR_REQUIRED_FOR)(user))


def _protected(path: str) -> bool:
    """Whether ``path`` is one of the protected pages, in any language: /zh-hant/doctor/… as /doctor/…."""
    language = translation.get_language_from_path(path)
    if language:
        path = path[len(language) + 1:]
    return path.startswith(tuple(settings.ACCOUNTS_TWO_FACTOR_PATHS)) and not path.startswith(
        tuple(settings.ACCOUNTS_TWO_FACTOR_EXEMPT_PATHS)
    )


def two_factor_required(get_response):
    """Middleware: a doctor or staff member without two-factor authentication who opens a protected
    page is sent to set it up first (after which the page opens as usual)."""

    def middleware(request):
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated and _protected(request.path_info)
                and not is_mfa_enabled(user) and two_factor_required_for(user)):
            messages.warning(request, gettext("Set up two-factor authentication first: doctors and staff need it "
                                              "to open the doctors' and staff pages."))
            return redirect("mfa_activate_totp")
        return get_response(request)

    return middleware
