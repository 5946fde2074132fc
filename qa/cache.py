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

When the cache cannot be reached, pages are rendered and served without it (the error is logged
once a minute per process, not per request). A stamp that could not be moved is remembered by the
process, which moves the archive stamp as soon as the cache answers again: nothing cached before
an outage is served after a change made during it.

Whole pages are cached under their path and the query parameters their view reads
(``public_page_cache_params``), so parameters a page ignores cannot fill the cache.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from qa.models import PageGeneration, Question, SimilarThread

ARCHIVE_KEY = "qa:archive-generation"
LISTS_KEY = "qa:lists-generation"
ERROR_LOG_INTERVAL = 60  # seconds between two log lines about an unreachable cache, per process

logger = logging.getLogger(__name__)


class _Health:
    """This process's view of the cache: when it last logged a failure, and whether a stamp could
    not be moved (then the archive stamp moves on the next successful call)."""

    last_logged = 0.0
    stamp_lost = False


def _failed(error: Exception) -> None:
    now = time.monotonic()
    if now - _Health.last_logged >= ERROR_LOG_INTERVAL:
        _Health.last_logged = now
        logger.error("The cache is unreachable; serving pages without it: %s", error)


def _reachable() -> bool:
    """Call before using the cache; False when it fails. Moves the archive stamp first if a
    change made while the cache was unreachable could not move its stamps."""
    if not _Health.stamp_lost:
        return True
    try:
        _bump_archive()
    except Exception as error:  # noqa: BLE001 - any backend error means "unreachable"
        _failed(error)
        return False
    _Health.stamp_lost = False
    return True


def thread_key(pk: int) -> str:
    return f"qa:thread-version:{pk}"


def _fresh() -> int:
    return time.time_ns()


def _current(found: dict, key: str):
    value = found.get(key)
    if value is None:  # never set, expired or evicted: start a value no stored stamp can hold
        fresh = _fresh()
        if cache.add(key, fresh, timeout=settings.QA_STAMP_SECONDS):
            return fresh
        value = cache.get(key)  # another process started it first
    return value


def _stamp_keys(thread_pk: int | None) -> list[str]:
    return [ARCHIVE_KEY, thread_key(thread_pk)] if thread_pk is not None else [ARCHIVE_KEY, LISTS_KEY]


def _with_stamp(key: str, thread_pk: int | None) -> tuple[tuple | None, object]:
    """``(stamp, value)``: the current stamp and what is cached under ``key``, in one round trip.
    The stamp is None for a thread whose own stamp did not exist yet (it does now): see ``page_get``."""
    keys = _stamp_keys(thread_pk)
    found = cache.get_many([*keys, key])
    first_visit = thread_pk is not None and found.get(keys[-1]) is None
    stamp = tuple(_current(found, k) for k in keys)
    return (None if first_visit else stamp), found.get(key)


# --- Whole pages (anonymous visitors) ------------------------------------------------------

def page_key(path: str, query: dict[str, list[str]], params: Iterable[str] = ()) -> str:
    """The key of a public page: its path and the value of each query parameter its view reads
    (``params``; the last value, as ``request.GET[name]`` reads it), in a fixed order. Any other
    parameter is left out."""
    kept = [(name, values[-1]) for name in sorted(params) if (values := query.get(name)) and values[-1]]
    canonical = f"{path}?{urlencode(kept)}" if kept else path
    return f"page:{hashlib.sha256(canonical.encode()).hexdigest()}"


def page_get(key: str, *, thread_pk: int | None = None) -> tuple[tuple | None, tuple | None]:
    """``(stamp, (content, content_type, etag, last_modified) or None)`` for the page cached under
    ``key`` (as ``page_set`` stored it); a thread page depends on its thread (``thread_pk``), any
    other page on the lists. The stamp is None when the page must not be stored: the cache cannot
    be reached, or the thread has no stamp yet.

    A thread's stamp is made by its publication and by every change (and lives
    ``QA_STAMP_SECONDS``), or by the first visit that finds none: that visit's page is not stored,
    the next one's is. So the long tail of threads read once (a visitor from a search engine) never
    fills the cache with pages nobody asks for again, and costs one small write instead of a page;
    a thread read twice is cached from its second visit on."""
    if not _reachable():
        return None, None
    try:
        stamp, entry = _with_stamp(key, thread_pk)
    except Exception as error:  # noqa: BLE001 - any backend error means "unreachable"
        _failed(error)
        return None, None
    if stamp is None:  # a thread's first visit: its stamp was just made, nothing can be cached under it
        return None, None
    if isinstance(entry, tuple) and len(entry) == 5 and entry[0] == stamp:  # (an older release stored less)
        return stamp, entry[1:]
    return stamp, None


def page_set(key: str, stamp: tuple | None, content: bytes, content_type: str, etag: str, last_modified: int) -> None:
    """Cache a page under ``key`` for ``QA_PAGE_CACHE_SECONDS``, with the stamp it was made under
    and its validators (the ``ETag`` and the ``Last-Modified`` time it is sent with)."""
    if stamp is None:
        return
    try:
        cache.set(key, (stamp, content, content_type, etag, last_modified), settings.QA_PAGE_CACHE_SECONDS)
    except Exception as error:  # noqa: BLE001 - any backend error means "unreachable"
        _failed(error)


# --- Fragments of the archive ----------------------------------------------------------------

# How long a fragment that depends only on the archive stays (no longer than its stamp lives): long
# enough that a rarely visited topic page still finds its fragment. The stamp keeps it current.
ARCHIVE_FRAGMENT_SECONDS = 24 * 3600


def archive_fragment_get(key: str) -> tuple[object, object]:
    """``(stamp, value)``: the archive's current stamp and what ``archive_fragment_set`` cached
    under ``key`` with it (None when nothing current is), in one round trip. The stamp is None when
    the cache cannot be reached: compute the value and do not store it."""
    if not _reachable():
        return None, None
    try:
        found = cache.get_many([ARCHIVE_KEY, key])
        stamp = _current(found, ARCHIVE_KEY)
    except Exception as error:  # noqa: BLE001 - any backend error means "unreachable"
        _failed(error)
        return None, None
    entry = found.get(key)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == stamp:
        return stamp, entry[1]
    return stamp, None


def archive_fragment_set(key: str, stamp, value) -> None:
    """Cache ``value`` under ``key`` with the archive's stamp from ``archive_fragment_get``: it is
    served until the archive changes (``archive_changed``: topics and their aliases, departments,
    FAQ articles, doctors)."""
    if stamp is None:
        return
    try:
        cache.set(key, (stamp, value), min(ARCHIVE_FRAGMENT_SECONDS, settings.QA_STAMP_SECONDS))
    except Exception as error:  # noqa: BLE001 - any backend error means "unreachable"
        _failed(error)


# --- Invalidation ----------------------------------------------------------------------------

def bodies_changed(pks: Iterable[int | None]) -> None:
    """What these threads' pages show of themselves changed (text, reply, topics, update, follow-up
    titles): their stored renderings (portal.models.StoredThreadPage) are stale. Runs in the
    caller's transaction, so a rendering stored from the old rows carries the old version."""
    pks = sorted({pk for pk in pks if pk is not None})  # one lock order for every caller
    if pks:
        Question.objects.filter(pk__in=pks).update(page_version=F("page_version") + 1)


def threads_changed(pks: Iterable[int | None], *, lists: bool = True, bodies: bool = True) -> None:
    """These threads' pages are stale; so are the lists, unless ``lists`` is False; so are their
    stored renderings, unless ``bodies`` is False (only their Similar Q&A changed)."""
    pks = {pk for pk in pks if pk is not None}
    if bodies:
        bodies_changed(pks)
    keys = [thread_key(pk) for pk in pks] + ([LISTS_KEY] if lists else [])

    def bump():
        if keys:
            cache.set_many({key: _fresh() for key in keys}, timeout=settings.QA_STAMP_SECONDS)

    _now_and_after_commit(bump)


def thread_changed(question) -> None:
    """A public thread changed (or just stopped being public): its page, the pages that show it
    (threads whose Similar Q&A lists it, its follow-ups, the thread it follows up) and the lists.
    Of these, only the thread and its follow-up relatives show its text in their bodies."""
    relatives = {question.pk, question.follow_up_of_id}
    relatives |= set(Question.objects.filter(follow_up_of_id=question.pk).values_list("pk", flat=True))
    listing = set(SimilarThread.objects.filter(similar_id=question.pk).values_list("question_id", flat=True))
    bodies_changed(relatives)
    threads_changed(relatives | listing, bodies=False)


def archive_stamp():
    """The archive's current stamp: it moves with every change to topics and their names,
    departments, FAQ and doctors (``archive_changed``). None when the cache is unreachable."""
    if not _reachable():
        return None
    try:
        return _current(cache.get_many([ARCHIVE_KEY]), ARCHIVE_KEY)
    except Exception as error:  # noqa: BLE001 - any backend error means "unreachable"
        _failed(error)
        return None


def _bump_archive() -> None:
    try:
        cache.incr(ARCHIVE_KEY)  # keeps the key's time to live
    except ValueError:  # not in the cache yet (or expired, evicted): any new value is a new generation
        cache.set(ARCHIVE_KEY, _fresh(), timeout=settings.QA_STAMP_SECONDS)


def archive_changed(*, stored_pages: bool = True) -> None:
    """Every cached page and fragment is stale (topics, departments, FAQ, doctors, rebuilds); so
    is every stored rendering of a thread page, unless ``stored_pages`` is False (a rebuild of
    counts, search or Similar Q&A changes nothing a thread's body shows)."""
    if stored_pages and not PageGeneration.objects.filter(pk=1).update(value=F("value") + 1):
        PageGeneration.objects.get_or_create(pk=1, defaults={"value": 1})  # the row was deleted (tests' flush)
    _now_and_after_commit(_bump_archive)


def _now_and_after_commit(bump) -> None:
    def safely():
        try:
            bump()
        except Exception as error:  # noqa: BLE001 - any backend error means "unreachable"
            _Health.stamp_lost = True
            _failed(error)

    safely()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(safely)
