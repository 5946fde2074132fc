"""Counting attempts in the cache, in fixed windows (reports on threads), and the visitor's
address to count them by. (Sign-in, sign-up and password-reset limits are django-allauth's,
``settings.ACCOUNT_RATE_LIMITS``.)

The counts live in the shared cache. When it cannot be reached, they are kept in this process's
memory instead: the limits still hold, per worker process, rather than failing open or refusing
everyone (the error is logged once a minute).
"""

from __future__ import annotations

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)
_local = LocMemCache("throttle-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})
_last_logged = [0.0]


def _key(scope: str, subject: str) -> str:
    return f"throttle:{scope}:{hashlib.sha256(subject.encode()).hexdigest()}"


def _run(operation):
    """``operation(store)`` on the shared cache, or on this process's memory if that fails."""
    try:
        return operation(cache)
    except Exception as error:  # noqa: BLE001 - any backend error means "unreachable"
        if time.monotonic() - _last_logged[0] >= 60:
            _last_logged[0] = time.monotonic()
            logger.error("The cache is unreachable; counting attempts in this process: %s", error)
        return operation(_local)


def attempts(scope: str, subject: str) -> int:
    return _run(lambda store: store.get(_key(scope, subject), 0))


def record_attempt(scope: str, subject: str, *, window: int) -> int:
    """Count one attempt (a report); the count expires ``window`` seconds after the first."""
    key = _key(scope, subject)

    def count(store) -> int:
        store.add(key, 0, timeout=window)
        try:
            return store.incr(key)
        except ValueError:  # expired between add and incr
            store.set(key, 1, timeout=window)
            return 1

    return _run(count)


def client_ip(request) -> str:
    """The visitor's address. ``REMOTE_ADDR``, or behind ``TRUSTED_PROXIES`` reverse proxies the
    address the outermost of them saw: X-Forwarded-For counted from the right, since each proxy
    appends what it saw and anything further left was written by the visitor."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    if proxies <= 0:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if not hops:
        return remote
    return hops[-min(proxies, len(hops))][:64]
