"""The public thread page's data, cheap when nothing is cached: one query reads the thread's head
(what the layout needs: title, department, excerpt) with its stored parts (``StoredThreadPage``:
body, JSON-LD, Related FAQ as HTML), and one more reads its Similar Q&A. Only when the stored parts
are missing or stale are they rendered from the models and stored again, for the next visitor.

docs/ARCHITECTURE.md, "The thread page", says why and how the parts stay current.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connection, connections, router, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import get_language, override

from accounts.languages import Language, html_lang
from accounts.paths import path_builder
from faq import selectors as faq_selectors
from portal.models import StoredThreadPage
from portal.structured_data import thread_json_ld
from qa import cards, lifecycle, prepared, selectors
from qa.models import Question

logger = logging.getLogger(__name__)

# What renders the stored parts: a change to any of these (a deploy) makes every stored copy stale.
PART_TEMPLATES = ("qa/partials/thread_body.html", "qa/partials/tag_list.html", "faq/partials/related_faq.html")
PART_MODULES = ("portal.structured_data", "doctors.structured_data", "faq.selectors")  # Related FAQ's ranking


@functools.cache
def layout() -> str:
    """The fingerprint of the templates and code that render the stored parts (once per process)."""
    return cards.fingerprint(PART_TEMPLATES, PART_MODULES)


@dataclass(frozen=True, slots=True)
class Parts:
    """The stored parts of a thread page, as HTML ready for the layout."""

    body: SafeString
    json_ld: SafeString
    related: SafeString


@dataclass(slots=True)
class ThreadHead:
    """A published thread as its page's layout needs it: plain values, no model instance."""

    pk: int
    slug: str
    title: str
    body: str
    asker_id: int | None
    department_name: str
    department_slug: str
    version: int
    generation: int
    parts: Parts | None  # None when nothing is stored for this version and generation

    lang: str = "en"  # the BCP 47 tag of the language the thread is written in
    excerpt: str = ""  # as Question.excerpt: the meta description and Open Graph's, made once

    def __post_init__(self):
        self.excerpt = Truncator(" ".join(self.body.split())).chars(200)

    def get_absolute_url(self) -> str:
        return path_builder("portal:thread", pk=987654321, slug="thread-slug")(pk=self.pk, slug=self.slug)

    @property
    def department_url(self) -> str:
        return path_builder("qa:department_detail", slug="department-slug")(slug=self.department_slug)


# Written out: the cold page runs it on every visit the page cache misses, and compiling it with
# the ORM would cost more than running it.
_HEAD_SQL = """
SELECT q.id, q.slug, q.title, q.body, q.asker_id, q.page_version, COALESCE(g.value, 0),
       d.name, d.name_zh, d.slug, q.language, s.version, s.generation, s.layout, s.body_html, s.json_ld, s.related_html
FROM qa_question q
JOIN doctors_department d ON d.id = q.department_id
LEFT JOIN qa_pagegeneration g ON g.id = 1
LEFT JOIN portal_storedthreadpage s ON s.question_id = q.id AND s.language = %(language)s
WHERE q.id = %(pk)s AND q.status = %(public)s
"""


def head(pk: int) -> ThreadHead | None:
    """The published thread ``pk`` with its stored parts in the page's language when they are
    current; None when no published thread has this id. One query (none for an id no database
    column can hold)."""
    if not 0 < pk < 2**63:
        return None
    row = prepared.fetch(connections[router.db_for_read(Question)],  # a public read: a replica may serve it
                         "thread_head", _HEAD_SQL,
                         {"pk": pk, "public": lifecycle.PUBLIC, "language": get_language()}, one=True)
    if row is None:
        return None
    (pk, slug, title, body, asker_id, version, generation, department, department_zh, department_slug, language,
     stored_version, stored_generation, stored_layout, body_html, json_ld, related_html) = row
    parts = None
    if stored_version == version and stored_generation == generation and stored_layout == layout():
        parts = Parts(SafeString(body_html), SafeString(json_ld), SafeString(related_html))
    if department_zh and get_language() == Language.CHINESE:
        department = department_zh
    return ThreadHead(pk, slug, title, body, asker_id, department, department_slug, version, generation, parts,
                      lang=html_lang(language))


def render_parts(question: Question, *, related=None, attached=None) -> Parts:
    """The parts of a published thread's page, rendered from ``question`` with its details
    (``qa.selectors.with_thread_details``). ``related`` (its Related FAQ) and ``attached`` (the
    FAQ articles its doctors may attach, by id) are read when not given (bulk rendering reads them
    for many threads at once)."""
    if attached is None:
        attached = faq_selectors.published_by_id({key for answer in question.visible_answers for key in answer.reading})
    for answer in question.visible_answers:  # "Read more in our FAQ" under each reply
        answer.reading_links = [attached[key] for key in answer.reading if key in attached]
    if related is None:
        related = faq_selectors.related_articles([tag.pk for tag in question.tags.all()],
                                                 limit=settings.FAQ_RELATED_LIMIT, language=get_language())
    return Parts(
        body=SafeString(render_to_string("qa/partials/thread_body.html", {"question": question})),
        json_ld=thread_json_ld(question),
        related=SafeString(render_to_string("faq/partials/related_faq.html", {"articles": related})),
    )


def store(rows: list[tuple[int, int, int, Parts]]) -> None:
    """Store parts rendered in the current language: ``(question pk, version, generation, parts)``
    each, replacing what was stored for that language. A row stored from older data carries an
    older version, so it is never used."""
    now, language = timezone.now(), get_language()
    StoredThreadPage.objects.bulk_create(
        [StoredThreadPage(question_id=pk, language=language, version=version, generation=generation, layout=layout(),
                          body_html=parts.body, json_ld=parts.json_ld, related_html=parts.related, rendered_at=now)
         for pk, version, generation, parts in rows],
        update_conflicts=True, unique_fields=["question", "language"],
        update_fields=["version", "generation", "layout", "body_html", "json_ld", "related_html", "rendered_at"],
    )


def parts_of(thread: ThreadHead) -> Parts | None:
    """The thread's parts: as stored, or rendered now and stored for the next visitor; None if the
    thread stopped being public since its head was read. A failure to store (the thread deleted
    meanwhile, a read-only database) still serves the page."""
    if thread.parts is not None:
        return thread.parts
    question = selectors.question_for_thread(thread.pk)
    if question is None:
        return None
    parts = render_parts(selectors.with_thread_details(question))
    try:
        with transaction.atomic():
            store([(thread.pk, thread.version, thread.generation, parts)])
    except DatabaseError as error:
        logger.warning("Could not store the rendered thread %s: %s", thread.pk, error)
    thread.parts = parts
    return parts


def similar_html(thread: ThreadHead) -> str:
    """The Similar Q&A list of the thread, rendered (one query)."""
    cards = selectors.similar_questions(Question(pk=thread.pk), limit=settings.QA_SIMILAR_LIMIT)
    return render_to_string("qa/partials/similar_questions.html", {"similar_questions": cards})


# --- Storing every thread's parts (after bulk imports, or to fill the table) ---------------------

_STALE_SQL = """
SELECT id, parts_stale, card_stale FROM (
    SELECT q.id,
           (s.question_id IS NULL OR s.version <> q.page_version OR s.generation <> %(generation)s
            OR s.layout <> %(layout)s) AS parts_stale,
           (c.question_id IS NULL OR c.version <> q.page_version OR c.generation <> %(generation)s
            OR c.layout <> %(card_layout)s) AS card_stale
    FROM qa_question q
    LEFT JOIN portal_storedthreadpage s ON s.question_id = q.id AND s.language = %(language)s
    LEFT JOIN qa_storedthreadcard c ON c.question_id = q.id AND c.language = %(language)s
    WHERE q.status = %(public)s AND q.id > %(after)s
) t
WHERE parts_stale OR card_stale
ORDER BY id
LIMIT %(limit)s
"""


def _generation() -> int:
    from qa.models import PageGeneration

    return PageGeneration.objects.filter(pk=1).values_list("value", flat=True).first() or 0


def store_batch(pks: list[int], generation: int, *, card_only: frozenset[int] = frozenset()) -> int:
    """Render and store the parts of these published threads, and their cards in lists (qa.cards),
    in a few queries for the whole batch; for the threads of ``card_only`` (whose parts are
    current), only the card. Returns how many threads were stored."""
    questions = list(Question.objects.published().filter(pk__in=pks).select_related("department", "follow_up_of",
                                                                                       "outcome"))
    if questions:
        selectors.with_thread_details(*questions)
    parts = [q for q in questions if q.pk not in card_only]
    related = faq_selectors.related_articles_for_many({q.pk: [tag.pk for tag in q.tags.all()] for q in parts},
                                                      limit=settings.FAQ_RELATED_LIMIT, language=get_language())
    attached = faq_selectors.published_by_id({key for q in parts for a in q.visible_answers for key in a.reading})
    store([(q.pk, q.page_version, generation, render_parts(q, related=related[q.pk], attached=attached))
           for q in parts])
    cards.store([(q.pk, q.page_version, generation, cards.render(q)) for q in questions])  # their cards in lists
    return len(questions)


def _store_range(task: tuple[str, list[int], int, frozenset[int]]) -> int:
    language, pks, generation, card_only = task
    with override(language):
        return store_batch(pks, generation, card_only=card_only)


def store_all(*, batch: int = 500, workers: int = 1, languages: tuple[str, ...] | None = None, progress=None) -> int:
    """Store the parts (and cards) of every published thread whose stored parts or card are
    missing or stale, in each page language (all of settings.LANGUAGES unless given), in batches,
    with ``workers`` processes when more than one. Returns how many renderings were stored (a
    thread counts once per language)."""
    import multiprocessing

    from django.db import connections

    generation = _generation()
    tasks = []
    for language in languages or [code for code, _ in settings.LANGUAGES]:
        after = 0
        while True:  # the ids to do, by keyset: no OFFSET
            with connection.cursor() as cursor:
                cursor.execute(_STALE_SQL, {"public": lifecycle.PUBLIC, "after": after, "generation": generation,
                                            "layout": layout(), "card_layout": cards.layout(), "limit": batch,
                                            "language": language})
                rows = cursor.fetchall()
            if not rows:
                break
            tasks.append((language, [pk for pk, _, _ in rows], generation,
                          frozenset(pk for pk, parts_stale, _ in rows if not parts_stale)))
            after = rows[-1][0]
    total, done = sum(len(pks) for _, pks, _, _ in tasks), 0
    if workers > 1 and len(tasks) > 1:
        connections.close_all()  # each process opens its own
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for stored in pool.imap_unordered(_store_range, tasks):
                done += stored
                if progress:
                    progress(done, total)
    else:
        for task in tasks:
            done += _store_range(task)
            if progress:
                progress(done, total)
    return done
