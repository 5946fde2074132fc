"""Counting attempts in the cache, in fixed windows (failed sign-ins, reports), and the
visitor's address to count them by."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache


def _key(scope: str, subject: str) -> str:
    return f"throttle:{scope}:{hashlib.sha256(subject.encode()).hexdigest()}"


def attempts(scope: str, subject: str) -> int:
    return cache.get(_key(scope, subject), 0)


def record_attempt(scope: str, subject: str, *, window: int) -> int:
    """Count one attempt (a wrong password, a report); the count expires ``window`` seconds after the first."""
    key = _key(scope, subject)
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def clear(scope: str, subject: str) -> None:
    cache.delete(_key(scope, subject))


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
