"""The thread cards of the list and topic pages, stored rendered (``StoredThreadCard``).

A list page shows twenty cards; rendering them (title, asker, department, date, the replying
doctor, excerpt, topics) was most of its cost. So each card is rendered once and stored; a list
page reads its rows with their current cards in one query (``with_cards``) and renders only the
cards that are missing or stale (``fill``), storing them for the next visitor. A stored card is
current while its version and generation match the thread's (qa.cache moves both in the
transaction of any change a card shows) and its layout is the fingerprint of the card's templates.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import logging
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from qa.models import PageGeneration, Question, StoredThreadCard
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


def with_cards(qs: QuerySet[Question]) -> QuerySet[Question]:
    """``qs`` reading only what a list needs (id, publication time, version) and each thread's
    current stored card in the page's language as ``card`` (None when missing or stale), in the
    same query."""
    generation = PageGeneration.objects.filter(pk=1).values("value")[:1]
    stored = StoredThreadCard.objects.filter(
        question=OuterRef("pk"), language=get_language(), version=OuterRef("page_version"),
        generation=Subquery(generation), layout=layout(),
    ).values("html")[:1]
    return qs.only("pk", "published_at", "page_version").annotate(
        card=Subquery(stored),
        generation=Coalesce(Subquery(generation), Value(0), output_field=IntegerField()),
    )


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


def fill(items: list[Question]) -> list[Question]:
    """``items`` (from ``with_cards``) each with its card as HTML: the stored ones as they are, the
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
