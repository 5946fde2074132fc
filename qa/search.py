"""Full-text search over published threads, on PostgreSQL and on SQLite.

PostgreSQL: ``websearch_to_tsquery`` over the generated ``vector`` column (GIN index); ranking
(``ts_rank_cd``) runs over the ``CANDIDATES`` most recent matches, found by the cheapest of three
plans (``pg_ranking_query``); ``ts_headline`` runs only for the results shown. SQLite: the FTS5
table ``qa_search_fts``, the same newest matches ranked by bm25; user input is reduced to words,
each quoted, so no FTS operator can break the query. Any input gives results or an empty page.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from html import escape

from django.db import OperationalError, connection, transaction
from django.utils.safestring import SafeString, mark_safe

from qa import lifecycle
from qa.models import Clarification, Question, SearchDocument, Tag

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
CANDIDATES = 200  # ranking is bounded to the most recent matches, this many (10 pages)
RECENT_SCAN_ROWS = 20_000  # PostgreSQL: rows the newest-first scan may test (pg_ranking_query)
RECENT_EXPECTED_ROWS = 5_000  # PostgreSQL: the longest expected walk for CANDIDATES matches
WINDOW_MIN_MATCHES = 2_000  # PostgreSQL: from this many estimated matches, the GIN search is windowed
WINDOW_MARGIN = 3  # PostgreSQL: the window is sized to hold this many times CANDIDATES matches
INDEX_TIMEOUT_MS = 200  # PostgreSQL: the time GIN searches of one query may take (_pg_ranked_ids)
PAGE_SIZE = 20
# Highlight markers: private-use characters, removed from indexed text, so that only the
# search engine can produce them; they become <mark> after the text is HTML-escaped.
START, STOP = "\ue000", "\ue001"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000\ue001]")
_TERM = re.compile(r"\w+", re.UNICODE)


def clean_query(raw: str | None) -> str:
    """What the user typed, made safe to send: no NUL or control characters, bounded length."""
    text = _CONTROL.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_terms(query: str) -> list[str]:
    return [t.lower() for t in _TERM.findall(query)][:MAX_TERMS]


def _plain(text: str) -> str:
    return _CONTROL.sub(" ", text or "")


def document_values(question) -> dict:
    """The indexed text of a thread: title; question with the patient's additions; the answer.

    Reads ``clarifications`` and ``answers``: prefetch them.
    """
    additions = [c.body for c in question.clarifications.all() if c.kind == Clarification.Kind.ADDITION]
    answers = [a.body for a in question.answers.all()]
    return {
        "department_id": question.department_id,
        "published_at": question.published_at,
        "title": _plain(question.title),
        "body": _plain("\n\n".join([question.body, *additions])),
        "answer": _plain("\n\n".join(answers)),
    }


# The whole index in one statement (PostgreSQL), after bulk imports: the same text as
# document_values, with the same characters removed.
_PG_CONTROL = "[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ue000\\ue001]"
_PG_REBUILD = """
INSERT INTO qa_searchdocument (question_id, department_id, published_at, title, body, answer)
SELECT q.id, q.department_id, q.published_at,
       regexp_replace(q.title, E'CONTROL_CLASS', ' ', 'g'),
       regexp_replace(q.body || coalesce((
           SELECT E'\\n\\n' || string_agg(c.body, E'\\n\\n' ORDER BY c.created_at, c.id)
           FROM qa_clarification c WHERE c.question_id = q.id AND c.kind = %(addition)s), ''),
           E'CONTROL_CLASS', ' ', 'g'),
       regexp_replace(coalesce((
           SELECT string_agg(a.body, E'\\n\\n' ORDER BY a.answered_at, a.id)
           FROM qa_answer a WHERE a.question_id = q.id), ''), E'CONTROL_CLASS', ' ', 'g')
FROM qa_question q
WHERE q.status = %(public)s
""".replace("CONTROL_CLASS", _PG_CONTROL)


def rebuild_index(*, batch: int = 2000, progress=None) -> int:
    """Rebuild the whole index from the published threads; returns their number. Call inside a
    transaction. PostgreSQL: one set-based statement, then fresh statistics for the planner."""
    SearchDocument.objects.all().delete()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(_PG_REBUILD, {"addition": Clarification.Kind.ADDITION, "public": lifecycle.PUBLIC})
            rows = cursor.rowcount
            cursor.execute("ANALYZE qa_searchdocument")
        return rows
    published = Question.objects.published().prefetch_related("answers", "clarifications").order_by("pk")
    buffer, total = [], 0
    for question in published.iterator(chunk_size=batch):
        buffer.append(SearchDocument(question_id=question.pk, **document_values(question)))
        if len(buffer) >= batch:
            SearchDocument.objects.bulk_create(buffer)
            total += len(buffer)
            buffer = []
            if progress:
                progress(total)
    SearchDocument.objects.bulk_create(buffer)
    return total + len(buffer)


def index_question(question: Question) -> None:
    """Add or refresh a published thread in the index; remove anything else."""
    fresh = Question.objects.prefetch_related("answers", "clarifications").filter(pk=question.pk).first()
    if fresh is None or not fresh.is_published:
        SearchDocument.objects.filter(question_id=question.pk).delete()
        return
    SearchDocument.objects.update_or_create(question_id=fresh.pk, defaults=document_values(fresh))


@dataclass
class Hit:
    question: Question
    title_html: SafeString
    excerpt_html: SafeString


@dataclass
class SearchResults:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    capped: bool = False
    page: int = 1
    pages: int = 0

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def _marked(text: str) -> SafeString:
    return mark_safe(escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308 - escaped above


def _filters(department_id: int | None, tag_id: int | None, alias: str) -> tuple[str, list]:
    sql, params = "", []
    if department_id is not None:
        sql += f" AND {alias}.department_id = %s"
        params.append(department_id)
    if tag_id is not None:
        sql += (  # alias is ours; the value is a parameter
            f" AND EXISTS (SELECT 1 FROM qa_question_tags t WHERE t.question_id = {alias}.question_id"  # noqa: S608
            " AND t.tag_id = %s)"
        )
        params.append(tag_id)
    return sql, params


def _pg_estimate(sql: str, params: list) -> float:
    """The planner's estimate of the rows ``sql`` returns (no rows are read)."""
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        return float(cursor.fetchone()[0][0]["Plan"]["Plan Rows"])


def _pg_window_start(fraction: float):
    """The publication time after which about ``fraction`` of the indexed threads lie, read from
    the table's statistics (ANALYZE's histogram of ``published_at``); None without statistics."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT histogram_bounds::text::timestamptz[] FROM pg_stats WHERE schemaname = current_schema()"
            " AND tablename = 'qa_searchdocument' AND attname = 'published_at'"
        )
        row = cursor.fetchone()
    bounds = row[0] if row else None
    if not bounds:
        return None
    return bounds[max(0, min(len(bounds) - 1, int((len(bounds) - 1) * (1 - fraction))))]


def _pg_choose(query: str, where: str, params: list) -> tuple[str, object]:
    """The strategy for this search (see pg_ranking_query) and, for "window", its start."""
    scope = f"SELECT 1 FROM qa_searchdocument d WHERE TRUE {where}"  # noqa: S608 - our fragments only
    in_scope = _pg_estimate(scope, params)
    if in_scope <= RECENT_SCAN_ROWS:
        return "index", None
    matches = _pg_estimate(f"{scope} AND d.vector @@ websearch_to_tsquery('english', %s)", [*params, query])
    if CANDIDATES * in_scope <= RECENT_EXPECTED_ROWS * matches:  # enough matches among the newest
        return "recent", None
    if matches >= WINDOW_MIN_MATCHES:
        since = _pg_window_start(WINDOW_MARGIN * CANDIDATES / matches)
        if since is not None:
            return "window", since
    return "index", None


def pg_ranking_query(query: str, department_id=None, tag_id=None, *, strategy: str | None = None,
                     since=None) -> tuple[str, list, str]:
    """The SQL that ranks the candidates of a search, its parameters, and its strategy.

    The candidates are the ``CANDIDATES`` most recent matches; they are ranked by ``ts_rank_cd``.
    Three ways to find them, chosen from the planner's estimate of the number of matches (the
    vector column's statistics target is raised for this, migration 0002):

    - "recent", for frequent terms: walk the ``RECENT_SCAN_ROWS`` newest threads and test each
      one until enough match. The window is a subquery, so PostgreSQL cannot use the GIN index
      instead, and the walk is bounded even when the estimate is wrong.
    - "index", for rare terms, and whenever few threads are in scope: the GIN index finds every
      match, the newest are kept. ``_pg_run`` runs it with a time limit and with sequential and
      plain index scans disabled: testing a row costs reading its vector from TOAST, which the
      planner does not count, so left alone it would rather test every row than use the index.
    - "window", for terms in between: as "index", but only for threads published ``since`` (when
      chosen here, a time after which the estimate expects ``WINDOW_MARGIN`` × enough matches), so
      PostgreSQL intersects the term's GIN bitmap with a range of the time index and reads only
      the heap rows of matches in the window. The newest matches of the window are the newest of
      all once there are enough of them; ``_pg_ranked_ids`` searches everything when there are not.

    Each way is fast where the others are slow: a frequent term's GIN bitmap covers most of the
    table, a rare term's newest matches are spread over all of it, and a term of middle
    frequency is too rare to be found quickly among the newest threads and too frequent to read
    every match.
    """
    where, params = _filters(department_id, tag_id, "d")
    if strategy is None:
        strategy, since = _pg_choose(query, where, params)
    if strategy == "recent":
        sql = f"""
            SELECT c.question_id FROM (
                SELECT r.question_id, r.vector FROM (
                    SELECT d.question_id, d.vector, d.published_at FROM qa_searchdocument d
                    WHERE TRUE {where}
                    ORDER BY d.published_at DESC, d.question_id DESC
                    LIMIT {RECENT_SCAN_ROWS}
                ) r
                WHERE r.vector @@ websearch_to_tsquery('english', %s)
                ORDER BY r.published_at DESC, r.question_id DESC
                LIMIT {CANDIDATES}
            ) c
            ORDER BY ts_rank_cd(c.vector, websearch_to_tsquery('english', %s)) DESC, c.question_id DESC
        """  # noqa: S608 - only our own SQL fragments are interpolated; values are parameters
        return sql, [*params, query, query], "recent"
    if strategy == "window":
        if since is None:
            raise ValueError("the window strategy needs its start (since)")
        where, params = where + " AND d.published_at >= %s", [*params, since]
    sql = f"""
        SELECT c.question_id FROM (
            SELECT d.question_id, d.vector FROM qa_searchdocument d
            WHERE d.vector @@ websearch_to_tsquery('english', %s) {where}
            ORDER BY d.published_at DESC, d.question_id DESC
            LIMIT {CANDIDATES}
        ) c
        ORDER BY ts_rank_cd(c.vector, websearch_to_tsquery('english', %s)) DESC, c.question_id DESC
    """  # noqa: S608 - only our own SQL fragments are interpolated; values are parameters
    return sql, [query, *params, query], strategy


# The GIN path's settings, for its transaction only (see pg_ranking_query).
QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement stopped by statement_timeout
_GIN_SETTINGS = ("statement_timeout", "enable_seqscan", "enable_indexscan")


def _pg_run(sql: str, params: list, *, gin_ms: float | None = None) -> list[int] | None:
    """The ids the ranking query returns. With ``gin_ms``: through the GIN index, within that
    many milliseconds, or None if it would run longer."""
    if gin_ms is None:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]
    if gin_ms < 1:
        return None
    gin_only = f"SET LOCAL statement_timeout = {int(gin_ms)}; " \
               "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; "
    try:
        nested = connection.in_atomic_block
        # A transaction (or a savepoint) of its own: the settings end with it and a cancel undoes
        # nothing else. SET LOCAL outlives a released savepoint, so a nested call resets them.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(gin_only + sql, params)
            ids = [row[0] for row in cursor.fetchall()]
            if nested:
                cursor.execute(" ".join(f"SET LOCAL {name} TO DEFAULT;" for name in _GIN_SETTINGS))
            return ids
    except OperationalError as error:
        if getattr(error.__cause__, "pgcode", None) == QUERY_CANCELED:
            return None
        raise


def _pg_ranked_ids(query: str, department_id, tag_id) -> list[int]:
    """The newest matches (CANDIDATES at most), best first.

    The chosen strategy runs first. When it finds fewer than CANDIDATES (the estimate promised
    more matches among the newest threads, or in the window, than there are) every match is
    searched through the GIN index. All GIN searches of one query share ``INDEX_TIMEOUT_MS``,
    counted from the start: past it, the matches among the newest threads are shown."""
    deadline = time.monotonic() + INDEX_TIMEOUT_MS / 1000

    def left_ms() -> float:
        return (deadline - time.monotonic()) * 1000

    def run(strategy=None):
        sql, params, chosen = pg_ranking_query(query, department_id, tag_id, strategy=strategy)
        return chosen, _pg_run(sql, params, gin_ms=None if chosen == "recent" else left_ms())

    strategy, found = run()
    if found is not None and (len(found) >= CANDIDATES or strategy == "index"):
        return found  # enough, or every match
    if found is not None:  # too few among the newest threads or in the window: search everything
        _, everything = run("index")
        if everything is not None:
            return everything
    # Out of time: the matches among the newest threads.
    return found if strategy == "recent" else run("recent")[1]


def _pg_highlights(query: str, ids: list[int]) -> dict[int, tuple[str, str]]:
    options = f"StartSel={START}, StopSel={STOP}"
    sql = """
        SELECT d.question_id,
               ts_headline('english', d.title, q, %s),
               ts_headline('english', d.body || ' ' || d.answer, q, %s)
        FROM qa_searchdocument d, websearch_to_tsquery('english', %s) q
        WHERE d.question_id = ANY(%s)
    """
    excerpt_options = options + ", MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=\" … \""
    with connection.cursor() as cursor:
        cursor.execute(sql, [options + ", HighlightAll=true", excerpt_options, query, ids])
        return {row[0]: (row[1], row[2]) for row in cursor.fetchall()}


def _fts5_query(terms: list[str]) -> str:
    return " ".join(f'"{term}"' for term in terms)  # \w+ terms hold no quote: nothing to escape


def _sqlite_ranked_ids(match: str, department_id, tag_id) -> list[int]:
    """As on PostgreSQL: the ``CANDIDATES`` newest matches, best first (bm25, title first)."""
    where, params = _filters(department_id, tag_id, "d")
    sql = f"""
        SELECT c.rowid FROM (
            SELECT f.rowid, bm25(qa_search_fts, 10.0, 4.0, 1.0) AS score
            FROM qa_search_fts f JOIN qa_searchdocument d ON d.question_id = f.rowid
            WHERE qa_search_fts MATCH %s {where}
            ORDER BY d.published_at DESC, d.question_id DESC
            LIMIT {CANDIDATES}
        ) c
        ORDER BY c.score, c.rowid DESC
    """  # noqa: S608 - only our own SQL fragments are interpolated; values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, *params])
        return [row[0] for row in cursor.fetchall()]


def _sqlite_highlights(match: str, ids: list[int]) -> dict[int, tuple[str, str]]:
    marks = ", ".join(["%s"] * len(ids))
    sql = f"""
        SELECT rowid, highlight(qa_search_fts, 0, %s, %s), snippet(qa_search_fts, -1, %s, %s, ' … ', 32)
        FROM qa_search_fts WHERE qa_search_fts MATCH %s AND rowid IN ({marks})
    """  # noqa: S608 - placeholders only
    with connection.cursor() as cursor:
        cursor.execute(sql, [START, STOP, START, STOP, match, *ids])
        return {row[0]: (row[1], row[2]) for row in cursor.fetchall()}


def search_threads(raw_query: str | None, *, department=None, tag: Tag | None = None,
                   page: int | str | None = 1) -> SearchResults:
    """Published threads matching the query, best first, one page of them with highlights."""
    query = clean_query(raw_query)
    terms = query_terms(query)
    results = SearchResults(query=query)
    if not terms:
        return results
    department_id = department.pk if department is not None else None
    tag_id = tag.pk if tag is not None else None
    if connection.vendor == "postgresql":
        ranked = _pg_ranked_ids(query, department_id, tag_id)
    else:
        ranked = _sqlite_ranked_ids(_fts5_query(terms), department_id, tag_id)
    results.total = len(ranked)
    results.capped = len(ranked) >= CANDIDATES
    results.pages = (len(ranked) + PAGE_SIZE - 1) // PAGE_SIZE
    try:
        number = int(page or 1)
    except (TypeError, ValueError):
        number = 1
    results.page = min(max(number, 1), max(results.pages, 1))
    ids = ranked[(results.page - 1) * PAGE_SIZE: results.page * PAGE_SIZE]
    if not ids:
        return results
    from qa.selectors import visible_answers_prefetch  # noqa: PLC0415 - selectors import this module

    questions = {
        q.pk: q
        for q in Question.objects.published().filter(pk__in=ids).select_related("department")
        .prefetch_related(visible_answers_prefetch())
    }
    if connection.vendor == "postgresql":
        marks = _pg_highlights(query, ids)
    else:
        marks = _sqlite_highlights(_fts5_query(terms), ids)
    for pk in ids:
        if pk in questions:  # unpublished since it was indexed: never shown
            title, excerpt = marks.get(pk, (questions[pk].title, questions[pk].excerpt))
            results.hits.append(Hit(questions[pk], _marked(title), _marked(excerpt)))
    return results
