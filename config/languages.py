"""Which language a page is in, and the language switcher.

English pages live at unprefixed addresses, Traditional Chinese ones under ``/zh-hant/``
(``i18n_patterns`` in config/urls.py), so each language version has its own address: shared
caches, the page cache and search engines keep them apart without varying on headers.

A visitor reaching an unprefixed page who prefers Chinese — by the switcher's cookie, by their
account's setting, else by their browser's ``Accept-Language`` — is sent to the Chinese address.
Prefixed addresses always show their own language. The switcher (``set_language``) keeps the
choice in a cookie and, for a signed-in user, in their account.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.middleware.csrf import CsrfViewMiddleware
from django.middleware.locale import LocaleMiddleware
from django.urls import get_urlconf, is_valid_path
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.encoding import escape_uri_path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts.languages import html_lang
from accounts.services import user_language_set


def preferred_language(request) -> str:
    """The language a visitor prefers: the switcher's cookie, their account's setting, their
    browser's ``Accept-Language``, else the default."""
    supported = dict(settings.LANGUAGES)
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie in supported:
        return cookie
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.language in supported:
        return user.language
    return translation.get_language_from_request(request, check_path=False)


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware (the language of a prefixed address; ``Vary: Accept-Language``
    on unprefixed ones), which also sends a visitor who prefers another language from an
    unprefixed page to the same page in their language. Only GET and HEAD: a form posted to an
    unprefixed address is handled where it was posted. After AuthenticationMiddleware (it reads
    the account's setting)."""

    def process_request(self, request):
        super().process_request(request)
        if request.method not in ("GET", "HEAD") or translation.get_language_from_path(request.path_info):
            return None
        language = preferred_language(request)
        if language == settings.LANGUAGE_CODE:
            return None
        urlconf = getattr(request, "urlconf", get_urlconf())
        with translation.override(language):
            path = f"/{language}{request.path_info}"
            if not is_valid_path(path, urlconf):
                return None  # not a page of the site's languages (/api/, /admin/, …)
        script_prefix = request.path[: len(request.path) - len(request.path_info)]
        query = request.META.get("QUERY_STRING", "")
        response = HttpResponseRedirect(escape_uri_path(script_prefix + path) + (f"?{query}" if query else ""))
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        response["Cache-Control"] = "private, no-cache"
        return response


def page_language(request) -> dict:
    """Template context: ``html_lang``, the page's BCP 47 language tag (``zh-Hant``)."""
    return {"html_lang": html_lang(translation.get_language())}


@csrf_exempt
@require_POST
def set_language(request):
    """The language switcher: Django's ``set_language`` (the cookie, and the ``next`` page in the
    chosen language), and the choice kept in a signed-in user's account.

    Anonymous pages are shared by the page cache, so their switcher carries no CSRF token: for a
    visitor without an account, a forged switch could only set a cookie of their own, which they
    can switch back. A signed-in user's choice changes their account: their form carries the token
    and it is checked here."""
    if request.user.is_authenticated:
        refused = CsrfViewMiddleware(lambda _request: None).process_view(request, None, (), {})
        if refused is not None:
            return refused
    # Django reads the ``next`` address in the active language to give it in the chosen one: the
    # language of that address, not of the switcher's own (unprefixed) one.
    next_path = urlsplit(request.POST.get("next", "")).path
    with translation.override(translation.get_language_from_path(next_path) or settings.LANGUAGE_CODE):
        response = django_set_language(request)
    language = request.POST.get("language")
    user = request.user
    if language in dict(settings.LANGUAGES) and user.is_authenticated and user.language != language:
        user_language_set(user=user, language=language)
    return response
