from django.conf import settings
from django.urls import translate_url
from django.utils.encoding import escape_uri_path
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from accounts.languages import html_lang
from doctors.models import verified_doctor_of

SITE_DESCRIPTION = _("Questions about skin, hair and nails answered by verified dermatologists.")


def site(request):
    """Values the site's frame (base.html) needs: the site's name and description, the page's
    canonical address (public pages only), and whether the visitor is a verified doctor (the header
    then links to the queue)."""
    user = getattr(request, "user", None)
    canonical = canonical_url(request)
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_DESCRIPTION": SITE_DESCRIPTION,
        "canonical_url": canonical,
        "language_versions": language_versions(canonical),
        "viewer_is_doctor": SimpleLazyObject(lambda: verified_doctor_of(user) is not None),
    }


def language_versions(canonical: str) -> list[tuple[str, str]]:
    """The same public page in every language of the site, as ``(BCP 47 tag, address)`` pairs for
    ``<link rel="alternate" hreflang>``, English also as the ``x-default``; none for other pages."""
    if not canonical:
        return []
    versions = [(html_lang(code), translate_url(canonical, code)) for code, _name in settings.LANGUAGES]
    return [*versions, ("x-default", translate_url(canonical, settings.LANGUAGE_CODE))]


def canonical_url(request) -> str:
    """The absolute address of a public page (a view that may be served from the page cache,
    ``public_page_cache``) on SITE_URL: its path and only the query parameters the page reads
    (``public_page_cache_params``: the list cursors, the search terms), as the page cache keys it.
    Empty for every other page (private pages, forms), which need neither a canonical address nor
    Open Graph tags."""
    match = getattr(request, "resolver_match", None)
    view_class = getattr(getattr(match, "func", None), "view_class", None)
    if not getattr(view_class, "public_page_cache", False):
        return ""
    params = sorted(getattr(view_class, "public_page_cache_params", ()))
    kept = [(name, value) for name in params if (value := request.GET.get(name))]
    query = f"?{urlencode(kept)}" if kept else ""
    return f"{settings.SITE_URL}{escape_uri_path(request.path)}{query}"
