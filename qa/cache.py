"""What cached public pages and fragments depend on: numbers in the cache that changes bump.

- The archive generation (``KEY``) changes with anything every page may show: topics,
  departments, FAQ articles, doctors, a rebuild of the Similar Q&A table. Every cached page and
  fragment depends on it.
- The lists generation (``LISTS_KEY``) changes whenever a public thread changes: the home page,
  the lists, topic pages and search depend on it.
- A thread's version (``thread_key(pk)``) changes when the thread changes, when a thread its
  Similar Q&A lists (or its follow-up, or the thread it follows up) changes, and when its Similar
  Q&A rows are recomputed. Thread pages and their sidebars depend on it, not on the lists
  generation: a publication elsewhere in the archive leaves them cached.

Cached entries store the stamp (the values of what they depend on) they were made with and are
served only while it is current, so nothing stale survives a publication, an edit, a re-tag, an
unpublication, an FAQ change or a doctor's suspension.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction

KEY = "qa:archive-generation"
LISTS_KEY = "qa:lists-generation"


def thread_key(pk: int) -> str:
    return f"qa:thread-version:{pk}"


def _fresh() -> int:
    return time.time_ns()


def _current(found: dict, key: str):
    value = found.get(key)
    if value is None:  # never set, or evicted: start a value no stored stamp can hold
        cache.add(key, _fresh(), timeout=None)
        value = cache.get(key)
    return value


def page_stamp_keys(thread_pk: int | None = None) -> list[str]:
    """What a cached page depends on: a thread page (``thread_pk``) or any other public page."""
    return [KEY, thread_key(thread_pk)] if thread_pk is not None else [KEY, LISTS_KEY]


def cached_with_stamp(key: str, stamp_keys: list[str]):
    """``(stamp, value)``: the current values of ``stamp_keys`` and the value cached under
    ``key`` (None if missing), in one round trip to the cache."""
    found = cache.get_many([*stamp_keys, key])
    return tuple(_current(found, k) for k in stamp_keys), found.get(key)


def thread_stamp(pk: int) -> str:
    """The stamp of a thread page's sidebars, for a fragment cache key."""
    keys = page_stamp_keys(pk)
    found = cache.get_many(keys)
    return "-".join(str(_current(found, key)) for key in keys)


def threads_changed(pks: Iterable[int | None], *, lists: bool = True) -> None:
    """These threads' pages are stale; so are the lists, unless ``lists`` is False."""
    keys = [thread_key(pk) for pk in pks if pk is not None] + ([LISTS_KEY] if lists else [])

    def bump():
        if keys:
            cache.set_many({key: _fresh() for key in keys}, timeout=None)

    _now_and_after_commit(bump)


def bump_archive_generation(*args, **kwargs) -> None:
    """Signal receiver and plain function alike: every cached page and fragment is stale."""

    def bump():
        try:
            cache.incr(KEY)
        except ValueError:  # not in the cache yet (or evicted): any new value is a new generation
            cache.set(KEY, _fresh(), timeout=None)

    _now_and_after_commit(bump)


def _now_and_after_commit(bump) -> None:
    """Bump now, and again once the transaction commits: a page rendered from the database
    before the commit (the old content) must not stay cached under the new stamp."""
    bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump)
