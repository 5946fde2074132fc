"""Counting failed attempts in the cache, in fixed windows (sign-in; see accounts.views)."""

from __future__ import annotations

import hashlib

from django.core.cache import cache


def _key(scope: str, subject: str) -> str:
    return f"throttle:{scope}:{hashlib.sha256(subject.encode()).hexdigest()}"


def failures(scope: str, subject: str) -> int:
    return cache.get(_key(scope, subject), 0)


def record_failure(scope: str, subject: str, *, window: int) -> int:
    """Count one failure; the count expires ``window`` seconds after the first one."""
    key = _key(scope, subject)
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def clear(scope: str, subject: str) -> None:
    cache.delete(_key(scope, subject))
