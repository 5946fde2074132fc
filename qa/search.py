"""Full-text search over published threads, on PostgreSQL and on SQLite.

PostgreSQL: ``websearch_to_tsquery`` over the generated ``vector`` column (GIN index); ranking
(``ts_rank_cd``) runs over the ``CANDIDATES`` most recent matches, found by the cheaper of two
plans (``pg_ranking_query``); ``ts_headline`` runs only for the results shown. SQLite: the FTS5
table ``qa_search_fts``, ranked by bm25 over every match; user input is reduced to words, each
quoted, so no FTS operator can break the query. Any input gives results or an empty page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from django.db import OperationalError, connection, transaction
from django.utils.safestring import SafeString, mark_safe

from qa.models import Question, SearchDocument, Tag

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
CANDIDATES = 200  # ranking is bounded to the most recent matches, this many (10 pages)
RECENT_SCAN_ROWS = 20_000  # PostgreSQL: rows the newest-first scan may test (pg_ranking_query)
INDEX_TIMEOUT_MS = 200  # PostgreSQL: the longest a search of every match may run (_pg_ranked_ids)
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

    Uses model fields only (no properties), so data migrations can call it too.
    """
    additions = [c.body for c in question.clarifications.all() if c.kind == "addition"]
    answers = [a.body for a in question.answers.all()]
    return {
        "department_id": question.department_id,
        "published_at": question.published_at,
        "title": _plain(question.title),
        "body": _plain("\n\n".join([question.body, *additions])),
        "answer": _plain("\n\n".join(answers)),
    }


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


def pg_ranking_query(query: str, department_id=None, tag_id=None, *, strategy: str | None = None,
                     ) -> tuple[str, list, str]:
    """The SQL that ranks the candidates of a search, its parameters, and its strategy.

    The candidates are the ``CANDIDATES`` most recent matches; they are ranked by ``ts_rank_cd``.
    Two ways to find them, chosen from the planner's estimate of the number of matches (the
    vector column's statistics target is raised for this, migration 0010):

    - "recent", for frequent terms: walk the ``RECENT_SCAN_ROWS`` newest threads and test each
      one until enough match. The window is a subquery, so PostgreSQL cannot use the GIN index
      instead, and the walk is bounded even when the estimate is wrong.
    - "index", for rarer terms, and whenever few threads are in scope: the GIN index finds every
      match, the newest are kept. ``_pg_run`` runs it with a time limit and with sequential and
      plain index scans disabled: testing a row costs reading its vector from TOAST, which the
      planner does not count, so left alone it would rather test every row than use the index.

    Each way is fast where the other is slow: a frequent term's GIN bitmap covers most of the
    table, a rare term's newest matches are spread over all of it.
    """
    where, params = _filters(department_id, tag_id, "d")
    if strategy is None:
        scope = f"SELECT 1 FROM qa_searchdocument d WHERE TRUE {where}"  # noqa: S608 - our fragments only
        in_scope = _pg_estimate(scope, params)
        strategy = "index"
        if in_scope > RECENT_SCAN_ROWS:
            matches = _pg_estimate(f"{scope} AND d.vector @@ websearch_to_tsquery('english', %s)", [*params, query])
            if matches * RECENT_SCAN_ROWS >= 2 * CANDIDATES * in_scope:
                strategy = "recent"
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
    sql = f"""
        SELECT c.question_id FROM (
            SELECT d.question_id, d.vector FROM qa_searchdocument d
            WHERE d.vector @@ websearch_to_tsquery('english', %s) {where}
            ORDER BY d.published_at DESC, d.question_id DESC
            LIMIT {CANDIDATES}
        ) c
        ORDER BY ts_rank_cd(c.vector, websearch_to_tsquery('english', %s)) DESC, c.question_id DESC
    """  # noqa: S608 - only our own SQL fragments are interpolated; values are parameters
    return sql, [query, *params, query], "index"


# The GIN path's settings, for its transaction only (see pg_ranking_query).
QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement stopped by statement_timeout
_GIN_SETTINGS = ("statement_timeout", "enable_seqscan", "enable_indexscan")


def _pg_run(sql: str, params: list, *, gin: bool = False) -> list[int] | None:
    """The ids the ranking query returns. With ``gin``: through the GIN index, within
    ``INDEX_TIMEOUT_MS``, or None if it ran longer."""
    if not gin:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]
    gin_only = f"SET LOCAL statement_timeout = {int(INDEX_TIMEOUT_MS)}; " \
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
    """The newest matches (CANDIDATES at most), best first. The GIN search of everything is
    bounded by ``INDEX_TIMEOUT_MS``: past it, the matches among the newest threads are shown."""
    sql, params, strategy = pg_ranking_query(query, department_id, tag_id)
    if strategy == "recent":
        recent = _pg_run(sql, params)
        if len(recent) >= CANDIDATES:
            return recent
        # Fewer matches among the newest threads than the estimate promised: search them all.
        sql, params, _ = pg_ranking_query(query, department_id, tag_id, strategy="index")
        everything = _pg_run(sql, params, gin=True)
        return recent if everything is None else everything
    everything = _pg_run(sql, params, gin=True)
    if everything is None:
        sql, params, _ = pg_ranking_query(query, department_id, tag_id, strategy="recent")
        return _pg_run(sql, params)
    return everything


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
    where, params = _filters(department_id, tag_id, "d")
    sql = f"""
        SELECT f.rowid FROM qa_search_fts f JOIN qa_searchdocument d ON d.question_id = f.rowid
        WHERE qa_search_fts MATCH %s {where}
        ORDER BY bm25(qa_search_fts, 10.0, 4.0, 1.0), f.rowid DESC
        LIMIT {CANDIDATES}
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
