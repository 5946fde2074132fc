from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.urls import NoReverseMatch, ResolverMatch, reverse, translate_url
from django.utils.encoding import escape_uri_path
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

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
        "language_versions": language_versions(canonical, getattr(request, "resolver_match", None)),
        "viewer_is_doctor": SimpleLazyObject(lambda: verified_doctor_of(user) is not None),
    }


def language_versions(canonical: str, match: ResolverMatch | None = None) -> list[tuple[str, str]]:
    """The same public page in every language of the site, as ``(BCP 47 tag, address)`` pairs for
    ``<link rel="alternate" hreflang>``, English also as the ``x-default``; none for other pages.
    ``match``: the page's own resolved address (the request's), so that it is not resolved again."""
    if not canonical:
        return []
    addresses = {code: in_language(canonical, code, match) for code, _name in settings.LANGUAGES}
    default = addresses.get(settings.LANGUAGE_CODE) or in_language(canonical, settings.LANGUAGE_CODE, match)
    return [*[(html_lang(code), address) for code, address in addresses.items()], ("x-default", default)]


def in_language(url: str, code: str, match: ResolverMatch | None = None) -> str:
    """Django's ``translate_url(url, code)``; given ``match``, what resolving the path of ``url``
    gave, it reverses that instead of resolving the path again (a topic page's three addresses
    cost three resolutions)."""
    if match is None:
        return translate_url(url, code)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    with override(code):
        try:
            path = reverse(name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return url
    parsed = urlsplit(url)
    return urlunsplit((parsed.scheme, parsed.netloc, path, parsed.query, parsed.fragment))


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
