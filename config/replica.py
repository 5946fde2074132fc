"""Reads from a PostgreSQL streaming replica, for public pages only (``DATABASE_REPLICA_URL``).

A replica applies the primary's changes a little later (its lag: usually milliseconds, seconds
when it is busy or the network is). Whoever just changed something must not be shown the rows from
before the change, and a page rendered from old rows must not be stored in the page cache under the
new stamp (qa/cache.py), where it would stay for minutes. So the replica is used only when it
cannot matter; everything else reads the primary (``default``):

- Only during a request that ``replica_reads`` (the middleware) marked as public: GET or HEAD, by a
  visitor who is not signed in, and whose browser wrote nothing in the last
  ``DATABASE_REPLICA_LAG_SECONDS`` (the ``read_primary`` cookie, set on the response to any request
  that wrote). Management commands, background jobs, tests and threads started by a request have
  no mark: the primary.
- Not once the request has written (a write goes to the primary and so does every later read of
  the request), nor inside a transaction.
- Not for the models of ``ALWAYS_PRIMARY_APPS`` (sessions, users, django-allauth, two-factor,
  sign-in records, the admin's log, the job queue): they are read to decide who the visitor is and
  what they may do, and a stale row there is a wrong decision, not an old page.
- Not for ``DATABASE_REPLICA_LAG_SECONDS`` after any process wrote a row that public pages may
  show (every model outside ``ALWAYS_PRIMARY_APPS``): the change moved the cache stamps, and the
  anonymous page rendered next is stored under the new stamp. The moment is kept in the cache
  (shared by every worker) and in this process; it is read once per request, on the first read that
  could go to the replica (a page cache hit reads no rows and pays nothing).

The setting must exceed the replica's lag (docs/SCALING.md says how to watch it). Without
``DATABASE_REPLICA_URL`` neither the router nor the middleware is installed and there is one alias.
"""

from __future__ import annotations

import contextlib
import time
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.transaction import TransactionManagementError

REPLICA = "replica"
PIN_COOKIE = "read_primary"
WINDOW_KEY = "replica:primary-until"

# Apps whose rows decide who the visitor is and what they may do, or that only the primary may
# hold (the job queue): always read from the primary. Their writes do not open the lag window:
# public pages are made of the other apps' rows.
ALWAYS_PRIMARY_APPS = frozenset({
    "sessions", "auth", "contenttypes", "admin", "accounts",
    "account", "socialaccount", "mfa", "usersessions",  # django-allauth
    "django_tasks", "django_tasks_database",  # the background job queue, when installed
})


# Rows derived from others and checked against them when read (the stored thread pages and cards:
# version and generation, portal.thread_page, qa.cards): a visit that stores one has not changed anything a page
# shows, so it neither pins its browser to the primary nor opens the lag window.
DERIVED_MODELS = frozenset({"portal.storedthreadpage", "qa.storedthreadcard"})


@dataclass
class _Request:
    """What the router knows about the request being served (one per request, in a ContextVar)."""

    public: bool  # anonymous GET/HEAD without a recent write of its own
    wrote: bool = False
    window_open: bool | None = None  # None: not looked up yet


_current: ContextVar[_Request | None] = ContextVar("replica_request", default=None)


class _Window:
    """This process's end of the time after a public write during which anonymous renders read the
    primary, and when it last told the cache (at most once a second)."""

    until = 0.0
    shared_at = 0.0


_clock = time.time  # tests move it forward


def lag_seconds() -> float:
    return float(getattr(settings, "DATABASE_REPLICA_LAG_SECONDS", 5))


def _public_write_committed() -> None:
    now = _clock()
    lag = lag_seconds()
    if lag <= 0:  # the replica is trusted to be current
        return
    _Window.until = max(_Window.until, now + lag)
    if now - _Window.shared_at < 1:
        return
    _Window.shared_at = now
    # No cache: no page is cached either (qa/cache.py), so none can keep old rows.
    with contextlib.suppress(Exception):
        # +1: another write within the next second of this process does not tell the cache again.
        cache.set(WINDOW_KEY, now + lag + 1, timeout=int(lag) + 2)


def _window_open() -> bool:
    now = _clock()
    if now < _Window.until:
        return True
    try:
        until = cache.get(WINDOW_KEY)
    except Exception:  # noqa: BLE001 - no cache, nothing is stored: the replica's rows may serve
        return False
    return until is not None and now < until


class ReplicaRouter:
    """Reads of public requests go to ``replica`` (see the module's docstring); everything else,
    every write and every migration, to ``default``."""

    def db_for_read(self, model, **hints):
        request = _current.get()
        if request is None or not request.public or request.wrote:
            return DEFAULT_DB_ALIAS
        if model._meta.app_label in ALWAYS_PRIMARY_APPS or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        if request.window_open is None:
            request.window_open = _window_open()
        return DEFAULT_DB_ALIAS if request.window_open else REPLICA

    def db_for_write(self, model, **hints):
        if model._meta.label_lower in DERIVED_MODELS:
            return DEFAULT_DB_ALIAS
        request = _current.get()
        if request is not None:
            request.wrote = True
        if model._meta.app_label not in ALWAYS_PRIMARY_APPS:
            try:
                transaction.on_commit(_public_write_committed, using=DEFAULT_DB_ALIAS)
            except TransactionManagementError:  # autocommit turned off by hand: open the window now
                _public_write_committed()
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # Both aliases hold the same rows: a row read from the replica may point at one from the primary.
        if {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLICA}:
            return True
        return None

    def allow_migrate(self, db, app_label, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica follows the primary's schema by itself


def replica_reads(get_response):
    """Mark the request as public or not for ``ReplicaRouter``, and keep the browser that wrote on
    the primary for ``DATABASE_REPLICA_LAG_SECONDS`` (a patient who just reported a thread, or
    signed out after answering, sees the page as it is now). After AuthenticationMiddleware: a
    visitor with a session cookie is looked up (on the primary) to know whether they are signed in.
    """

    def middleware(request):
        public = (
            request.method in ("GET", "HEAD")
            and PIN_COOKIE not in request.COOKIES
            and not (settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated)
        )
        state = _Request(public=public)
        token = _current.set(state)
        try:
            response = get_response(request)
        finally:
            _current.reset(token)
        if state.wrote and lag_seconds() > 0:
            response.set_cookie(PIN_COOKIE, "1", max_age=max(1, round(lag_seconds())), httponly=True,
                                secure=settings.SESSION_COOKIE_SECURE, samesite="Lax")
        return response

    return middleware
