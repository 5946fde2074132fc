"""Middleware of the site: caching headers for signed-in visitors, and the anonymous page cache."""

import hashlib
import time

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, quote_etag

from qa import cache


def shareable(request, response: HttpResponse, etag: str, last_modified: int) -> HttpResponse:
    """A public page for anonymous visitors: its validators (``ETag``, ``Last-Modified``), and
    ``Cache-Control`` for a shared cache in front (``s-maxage``; browsers revalidate every time,
    cheaply). A revisit or a crawler whose copy is current gets a 304 without the body."""
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=0, s_maxage=settings.SHARED_CACHE_SECONDS)
    return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)


def cached_response(request, entry: tuple) -> HttpResponse:
    """The response for an entry of the page cache (``qa.cache.page_get``): pages and the API alike."""
    content, content_type, etag, last_modified = entry
    response = HttpResponse(content, content_type=content_type)
    response["X-Page-Cache"] = "hit"
    return shareable(request, response, etag, last_modified)


def store_and_share(request, key: str, stamp, response: HttpResponse) -> HttpResponse:
    """Store a rendered public page in the page cache (``stamp`` from ``qa.cache.page_get``) with
    its validators, and send it as ``shareable`` says. The ``Last-Modified`` of a page is when it
    was rendered: it has not changed since, as long as its entry is served."""
    etag = quote_etag(hashlib.md5(response.content, usedforsecurity=False).hexdigest())
    last_modified = int(time.time())
    cache.page_set(key, stamp, response.content, response["Content-Type"], etag, last_modified)
    return shareable(request, response, etag, last_modified)


def private_for_signed_in(get_response):
    """Pages for signed-in users are never stored by a shared cache (proxy, CDN)."""

    def middleware(request):
        response = get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ["Cookie"])
        return response

    return middleware


class AnonymousPageCacheMiddleware:
    """Serve public pages to anonymous visitors from the cache.

    Only for views whose class sets ``public_page_cache = True``; only GET, only visitors without
    a session or messages cookie (so nothing personal, no flash message, no CSRF form can be in
    the page), only 200 responses. A page is cached under its path and the query parameters its
    view reads (``public_page_cache_params``): other parameters neither change the page nor make
    new entries. Each entry is served only while what it depends on is unchanged (qa.cache: the
    lists, or for a view that sets ``public_page_cache_per_thread`` the thread named by its ``pk``).
    A hit costs one round trip to the cache. Every such page carries an ``ETag`` and a
    ``Last-Modified`` and answers a conditional request with a 304 (``shareable``).
    """

    PERSONAL_COOKIES = ("sessionid", "messages")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)
        if not getattr(view_class, "public_page_cache", False) or request.method != "GET":
            return None
        if any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, *self.PERSONAL_COOKIES)):
            return None
        key = cache.page_key(request.path, dict(request.GET.lists()),
                             getattr(view_class, "public_page_cache_params", ()))
        thread = view_kwargs.get("pk") if getattr(view_class, "public_page_cache_per_thread", False) else None
        stamp, cached = cache.page_get(key, thread_pk=thread)
        if cached is not None:
            return cached_response(request, cached)
        response = view_func(request, *view_args, **view_kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code == 200 and not response.cookies:
            return store_and_share(request, key, stamp, response)
        return response
