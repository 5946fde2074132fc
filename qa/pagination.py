"""Keyset pagination for the public lists: no COUNT(*) and no OFFSET, whatever the archive's size.

A cursor names the last (or first) row shown by its publication time and id; the next page is
the rows strictly older (or newer), read through the (status, published_at) index. A cursor
that cannot be read simply means the first page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Q, QuerySet

from accounts.inputs import parse_int

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CURSOR = re.compile(r"([0-9]{1,18})-([0-9]{1,18})")  # ASCII digits; the id fits a bigint


def encode_cursor(obj) -> str:
    micros = (obj.published_at - _EPOCH) // timedelta(microseconds=1)
    return f"{micros}-{obj.pk}"


def decode_cursor(token: str | None) -> tuple[datetime, int] | None:
    match = _CURSOR.fullmatch(token or "")
    if match is None:
        return None
    try:
        return _EPOCH + timedelta(microseconds=int(match.group(1))), int(match.group(2))
    except OverflowError:
        return None


def page_number(raw: str | None) -> int:
    """The page asked for by ``?page=`` on the numbered lists (search, staff and doctors' pages):
    plain ASCII digits (``accounts.inputs``), else the first page. ``?page=٣`` is not page 3."""
    return parse_int(raw, minimum=1) or 1


@dataclass
class KeysetPage:
    items: list
    older: str | None  # cursor for the next (older) page
    newer: str | None  # cursor for the previous (newer) page

    @property
    def has_other_pages(self) -> bool:
        return bool(self.older or self.newer)


def keyset_page(qs: QuerySet, *, before: str | None = None, after: str | None = None, size: int) -> KeysetPage:
    """One page of ``qs`` (newest first by published_at, then id) before or after a cursor."""
    newest_first = ("-published_at", "-pk")
    if (cursor := decode_cursor(after)) is not None:
        at, pk = cursor
        # published_at__gte: the same rows, but a bound the index can start from (the OR alone is
        # a filter: at a million threads PostgreSQL read half the index to find a deep page).
        rows = list(qs.filter(Q(published_at__gt=at) | Q(published_at=at, pk__gt=pk), published_at__gte=at)
                    .order_by("published_at", "pk")[: size + 1])
        return page_of(rows, cursor=cursor, newer=True, size=size)
    cursor = decode_cursor(before)
    if cursor is not None:
        at, pk = cursor
        qs = qs.filter(Q(published_at__lt=at) | Q(published_at=at, pk__lt=pk), published_at__lte=at)
    return page_of(list(qs.order_by(*newest_first)[: size + 1]), cursor=cursor, newer=False, size=size)


def page_of(rows: list, *, cursor: tuple[datetime, int] | None, newer: bool, size: int) -> KeysetPage:
    """The page made of ``rows`` (at most ``size + 1``, each with ``published_at`` and ``pk``) read
    past ``cursor``: with ``newer`` the rows newer than an ``after`` cursor, oldest first; else
    those older than a ``before`` cursor (or the newest, without one), newest first."""
    if newer:
        items = list(reversed(rows[:size]))
        return KeysetPage(items, older=encode_cursor(items[-1]) if items else None,
                          newer=encode_cursor(items[0]) if items and len(rows) > size else None)
    items = rows[:size]
    return KeysetPage(items, older=encode_cursor(items[-1]) if len(rows) > size else None,
                      newer=encode_cursor(items[0]) if cursor is not None and items else None)
