"""Caching of public pages and fragments: the keys, the stamps, and what makes them stale.
The one module that knows (docs/ARCHITECTURE.md, "Caching").

Every cached entry is stored with the stamp (the values of what it depends on) it was made with,
and is served only while that stamp is current; a change moves the stamp instead of deleting
entries. What an entry depends on:

- the archive stamp (``ARCHIVE_KEY``): anything every page may show (topics, departments, FAQ
  articles, doctors, a rebuild of the Similar Q&A table). Every page and fragment depends on it.
- the lists stamp (``LISTS_KEY``): any public thread. Home, the lists, topic pages and search.
- a thread's stamp (``thread_key(pk)``): the thread itself, the threads its Similar Q&A lists, its
  follow-ups and the thread it follows up, and its Similar Q&A rows. Its page and fragments
  depend on it and not on the lists stamp, so a publication elsewhere leaves them cached.

Callers say what changed (``thread_changed``, ``threads_changed``, ``archive_changed``); qa.publication
calls them for the question's life cycle, admin and maintenance commands for the rest. A stamp moves
at once and again when the transaction commits, so a page rendered from the old rows between the two
cannot stay cached under the new stamp.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from qa.models import Question, SimilarThread

ARCHIVE_KEY = "qa:archive-generation"
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


def _stamp_keys(thread_pk: int | None) -> list[str]:
    return [ARCHIVE_KEY, thread_key(thread_pk)] if thread_pk is not None else [ARCHIVE_KEY, LISTS_KEY]


def _with_stamp(key: str, thread_pk: int | None) -> tuple[tuple, object]:
    """``(stamp, value)``: the current stamp and what is cached under ``key``, in one round trip."""
    keys = _stamp_keys(thread_pk)
    found = cache.get_many([*keys, key])
    return tuple(_current(found, k) for k in keys), found.get(key)


# --- Whole pages (anonymous visitors) ------------------------------------------------------

def page_key(full_path: str) -> str:
    return f"page:{hashlib.sha256(full_path.encode()).hexdigest()}"


def page_get(full_path: str, *, thread_pk: int | None = None) -> tuple[tuple, tuple | None]:
    """``(stamp, (content, content_type) or None)`` for a public page; a thread page depends on its
    thread (``thread_pk``), any other page on the lists."""
    stamp, entry = _with_stamp(page_key(full_path), thread_pk)
    if entry is not None and entry[0] == stamp:
        return stamp, entry[1:]
    return stamp, None


def page_set(full_path: str, stamp: tuple, content: bytes, content_type: str) -> None:
    cache.set(page_key(full_path), (stamp, content, content_type), settings.QA_PAGE_CACHE_SECONDS)


# --- Fragments of a thread page ------------------------------------------------------------

def thread_fragment(name: str, thread_pk: int, render: Callable[[], str]) -> str:
    """The fragment ``name`` of a thread page, rendered by ``render`` when missing or stale.
    Fragments are shared by every visitor, so they must hold nothing personal."""
    key = f"fragment:{name}:{thread_pk}"
    stamp, entry = _with_stamp(key, thread_pk)
    if entry is not None and entry[0] == stamp:
        return entry[1]
    html = render()
    cache.set(key, (stamp, html), settings.QA_SIDEBAR_CACHE_SECONDS)
    return html


# --- Invalidation ----------------------------------------------------------------------------

def threads_changed(pks: Iterable[int | None], *, lists: bool = True) -> None:
    """These threads' pages are stale; so are the lists, unless ``lists`` is False."""
    keys = [thread_key(pk) for pk in pks if pk is not None] + ([LISTS_KEY] if lists else [])

    def bump():
        if keys:
            cache.set_many({key: _fresh() for key in keys}, timeout=None)

    _now_and_after_commit(bump)


def thread_changed(question) -> None:
    """A public thread changed (or just stopped being public): its page, the pages that show it
    (threads whose Similar Q&A lists it, its follow-ups, the thread it follows up) and the lists."""
    shown_on = {question.pk, question.follow_up_of_id}
    shown_on |= set(SimilarThread.objects.filter(similar_id=question.pk).values_list("question_id", flat=True))
    shown_on |= set(Question.objects.filter(follow_up_of_id=question.pk).values_list("pk", flat=True))
    threads_changed(shown_on)


def archive_changed() -> None:
    """Every cached page and fragment is stale (topics, departments, FAQ, doctors, rebuilds)."""

    def bump():
        try:
            cache.incr(ARCHIVE_KEY)
        except ValueError:  # not in the cache yet (or evicted): any new value is a new generation
            cache.set(ARCHIVE_KEY, _fresh(), timeout=None)

    _now_and_after_commit(bump)


def _now_and_after_commit(bump) -> None:
    bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump)
