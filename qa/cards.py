"""The thread cards of the list and topic pages, stored rendered (``StoredThreadCard``).

A list page shows twenty cards; rendering them (title, asker, department, date, the replying
doctor, excerpt, topics) was most of its cost. So each card is rendered once and stored; a list
page reads its rows with their current cards in one query (``page``) and renders only the
cards that are missing or stale (``fill``), storing them for the next visitor. A stored card is
current while its version and generation match the thread's (qa.cache moves both in the
transaction of any change a card shows) and its layout is the fingerprint of the card's templates.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connections, router, transaction
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from qa import lifecycle
from qa.models import Question, StoredThreadCard
from qa.pagination import KeysetPage, decode_cursor, page_of
from qa.selectors import published_questions

logger = logging.getLogger(__name__)

CARD_TEMPLATES = ("qa/partials/question_card.html", "qa/partials/tag_list.html")


def fingerprint(templates: tuple[str, ...], modules: tuple[str, ...] = ()) -> str:
    """The fingerprint of the templates, Python modules and translation catalogues that render a
    stored rendering: a deploy that changes any of them makes every copy stored under the old one
    stale (cards here, thread pages in portal.thread_page)."""
    digest = hashlib.sha256()
    for name in templates:
        digest.update(Path(get_template(name).origin.name).read_bytes())
    for name in modules:
        digest.update(Path(importlib.import_module(name).__file__).read_bytes())
    for catalogue in sorted(mo for folder in settings.LOCALE_PATHS for mo in Path(folder).glob("*/LC_MESSAGES/*.mo")):
        digest.update(catalogue.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def layout() -> str:
    """The fingerprint of the card's templates (once per process)."""
    return fingerprint(CARD_TEMPLATES)


@dataclass(slots=True)
class Row:
    """A thread of a list page: what its card and the page's cursors need, and its stored card
    (None when missing or stale; its HTML once ``fill`` is done)."""

    pk: int
    published_at: datetime
    page_version: int
    generation: int
    card: str | None


# Written out: a list or topic page the page cache misses runs it on every visit, and compiling it
# with the ORM (its subqueries, the keyset condition) cost more than running it. The same SQL as the
# ORM wrote (so the same plans at a million threads: EXPLAIN in bench/results), never a prepared
# statement: a topic's rows are planned for that topic (a rare one is read through its tag, a
# popular one through the publication time), which a generic plan would not do.
_ROWS_SQL = """
SELECT q."id", q."published_at", q."page_version",
       (SELECT V0."html" FROM "qa_storedthreadcard" V0
        WHERE (V0."generation" = (SELECT U0."value" FROM "qa_pagegeneration" U0 WHERE U0."id" = 1 LIMIT 1)
               AND V0."language" = %(language)s AND V0."layout" = %(layout)s
               AND V0."question_id" = (q."id") AND V0."version" = (q."page_version")) LIMIT 1),
       COALESCE((SELECT U0."value" FROM "qa_pagegeneration" U0 WHERE U0."id" = 1 LIMIT 1), 0)
FROM "qa_question" q{join}
WHERE (q."status" = %(public)s{where})
ORDER BY q."published_at" {order}, q."id" {order}
LIMIT %(limit)s
"""
# What is put into it: fixed fragments only (every value is a parameter).
_TAG_JOIN = ' INNER JOIN "qa_question_tags" T ON (q."id" = T."question_id")'
_OLDER = (' AND (q."published_at" < %(at)s OR (q."id" < %(pk)s AND q."published_at" = %(at)s))'
          ' AND q."published_at" <= %(at)s')
_NEWER = (' AND (q."published_at" > %(at)s OR (q."id" > %(pk)s AND q."published_at" = %(at)s))'
          ' AND q."published_at" >= %(at)s')


def page(*, department_id: int | None = None, tag_id: int | None = None, language: str | None = None,
         before: str | None = None, after: str | None = None, size: int) -> KeysetPage:
    """One keyset page (qa.pagination) of the published threads, newest first, in a department or
    topic and written in a language if given, as ``Row``s with their current stored cards in the
    page's language: one query, the rows ``keyset_page`` would read (a cursor that cannot be read
    means the first page)."""
    connection = connections[router.db_for_read(Question)]  # a public read: a replica may serve it
    params = {"language": get_language(), "layout": layout(), "public": lifecycle.PUBLIC, "limit": size + 1}
    join, where = "", ""
    if department_id is not None:
        where += ' AND q."department_id" = %(department)s'
        params["department"] = department_id
    if tag_id is not None:
        join, where = _TAG_JOIN, where + ' AND T."tag_id" = %(tag)s'
        params["tag"] = tag_id
    if language is not None:
        where += ' AND q."language" = %(written_in)s'
        params["written_in"] = language
    cursor = decode_cursor(after)
    newer_side = cursor is not None
    if not newer_side:
        cursor = decode_cursor(before)
    if cursor is not None:
        at, params["pk"] = cursor
        params["at"] = connection.ops.adapt_datetimefield_value(at)
        where += _NEWER if newer_side else _OLDER
    sql = _ROWS_SQL.format(join=join, where=where, order="ASC" if newer_side else "DESC")
    with connection.cursor() as db:
        db.execute(sql, params)
        fetched = db.fetchall()
    convert = getattr(connection.ops, "convert_datetimefield_value", None)  # SQLite returns naive text
    rows = [Row(pk, convert(at, None, connection) if convert else at, version, generation, card)
            for pk, at, version, card, generation in fetched]
    return page_of(rows, cursor=cursor, newer=newer_side, size=size)

def render(question: Question) -> str:
    """A thread's card, from ``question`` with its department, tags and visible answers."""
    return render_to_string("qa/partials/question_card.html", {"q": question, "level": "h2"})


def store(rows: list[tuple[int, int, int, str]]) -> None:
    """Store cards rendered in the current language: ``(question pk, version, generation, html)``
    each, replacing what was stored for that language."""
    now, current, language = timezone.now(), layout(), get_language()
    StoredThreadCard.objects.bulk_create(
        [StoredThreadCard(question_id=pk, language=language, version=version, generation=generation, layout=current,
                          html=html, rendered_at=now) for pk, version, generation, html in rows],
        update_conflicts=True, unique_fields=["question", "language"],
        update_fields=["version", "generation", "layout", "html", "rendered_at"],
    )


def fill(items: list[Row]) -> list[Row]:
    """``items`` (from ``page``) each with its card as HTML: the stored ones as they are, the
    others rendered (three queries for all of them) and stored. A thread that stopped being public
    since the list was read is left out."""
    missing = [q.pk for q in items if q.card is None]
    if missing:
        full = {q.pk: q for q in published_questions().filter(pk__in=missing)}
        rows = []
        for q in items:
            if q.card is None and q.pk in full:
                q.card = render(full[q.pk])
                rows.append((q.pk, q.page_version, q.generation, q.card))
        try:
            with transaction.atomic():
                store(rows)
        except DatabaseError as error:
            logger.warning("Could not store %s thread cards: %s", len(rows), error)
    kept = [q for q in items if q.card is not None]
    for q in kept:
        q.card = SafeString(q.card)
    return kept
