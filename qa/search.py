"""Full-text search over published threads, on PostgreSQL and on SQLite.

PostgreSQL: ``websearch_to_tsquery`` over the generated ``vector`` column (GIN index). The
``CANDIDATES`` newest matches are ranked by ``ts_rank_cd``; ``ts_headline`` runs only for the
results shown. How the newest matches are found depends on how many threads the query matches,
which is estimated from counts this module keeps (``SearchTerm``: threads per lexeme,
``SearchDepartment``: threads per department; see ``pg_plan``):

- "recent", frequent terms: test the newest threads one by one, in time order;
- "index", rare terms: look every match up in the GIN index, keep the newest;
- "window", in between: the GIN lookup restricted to the threads published since a time after
  which enough matches are expected; when the window holds too few, "index".

Every SQL statement of this path is a constant below; values are always parameters.

SQLite: the FTS5 table ``qa_search_fts``, the same newest matches ranked by bm25; user input is
reduced to words, each quoted, so no FTS operator can break the query. Any input gives results or
an empty page.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from django.db import OperationalError, connection, connections, router, transaction
from django.utils.safestring import SafeString, mark_safe

from qa import lifecycle
from qa.models import Clarification, Question, SearchDepartment, SearchDocument, SearchTerm, Tag
from qa.pagination import page_number

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
CANDIDATES = 200  # ranking is bounded to the most recent matches, this many (10 pages)
PAGE_SIZE = 20
# PostgreSQL: how the candidates are found (pg_plan, pg_ranking_query).
RECENT_SCAN_ROWS = 20_000  # "recent" tests at most this many of the newest threads
RECENT_EXPECTED_ROWS = 5_000  # "recent" when CANDIDATES matches are expected among this many newest
WINDOW_MIN_MATCHES = 2_000  # below this many expected matches, "index" reads them all
WINDOW_MARGIN = 6  # "window" is sized to hold this many times CANDIDATES expected matches
INDEX_TIMEOUT_MS = 200  # the time the GIN lookups of one search share (_pg_ranked_ids)
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
    answers = [text for a in question.answers.all() for text in (a.body, a.more_info) if text]
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
           SELECT string_agg(CASE WHEN a.more_info = '' THEN a.body ELSE a.body || E'\\n\\n' || a.more_info END,
                             E'\\n\\n' ORDER BY a.answered_at, a.id)
           FROM qa_answer a WHERE a.question_id = q.id), ''), E'CONTROL_CLASS', ' ', 'g')
FROM qa_question q
WHERE q.status = %(public)s
""".replace("CONTROL_CLASS", _PG_CONTROL)


# The counts of the index (PostgreSQL), from the index itself: what ``ts_stat`` counts, and the
# threads of each department.
_PG_REBUILD_TERMS = """
INSERT INTO qa_searchterm (term, documents)
SELECT word, ndoc FROM ts_stat('SELECT vector FROM qa_searchdocument')
"""
_PG_REBUILD_DEPARTMENTS = """
INSERT INTO qa_searchdepartment (department_id, documents)
SELECT department_id, count(*) FROM qa_searchdocument GROUP BY department_id
"""


def rebuild_index(*, batch: int = 2000, progress=None) -> int:
    """Rebuild the whole index from the published threads; returns their number. Call inside a
    transaction. PostgreSQL: one set-based statement, the counts recounted from it (SearchTerm,
    SearchDepartment), then fresh statistics for the planner."""
    SearchDocument.objects.all().delete()
    SearchTerm.objects.all().delete()
    SearchDepartment.objects.all().delete()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(_PG_REBUILD, {"addition": Clarification.Kind.ADDITION, "public": lifecycle.PUBLIC})
            rows = cursor.rowcount
            cursor.execute(_PG_REBUILD_TERMS)
            cursor.execute(_PG_REBUILD_DEPARTMENTS)
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


# Keeping the counts as one thread's document changes (PostgreSQL). Each statement changes its
# rows in key order, so two publications that share lexemes lock them in the same order (no
# deadlock); a count that reaches zero is removed, as ts_stat would not list it.
_PG_DOCUMENT_LEXEMES = """
SELECT tsvector_to_array(vector), department_id FROM qa_searchdocument WHERE question_id = %s
"""
_PG_ADD_TO_TERMS = """
INSERT INTO qa_searchterm (term, documents)
SELECT change.term, change.delta
FROM unnest(%(terms)s::text[], %(deltas)s::integer[]) AS change(term, delta)
ORDER BY change.term
ON CONFLICT (term) DO UPDATE SET documents = qa_searchterm.documents + excluded.documents
"""
_PG_DROP_UNUSED_TERMS = "DELETE FROM qa_searchterm WHERE term = ANY(%(terms)s) AND documents <= 0"
_PG_ADD_TO_DEPARTMENTS = """
INSERT INTO qa_searchdepartment (department_id, documents)
SELECT change.department_id, change.delta
FROM unnest(%(departments)s::integer[], %(deltas)s::integer[]) AS change(department_id, delta)
ORDER BY change.department_id
ON CONFLICT (department_id) DO UPDATE SET documents = qa_searchdepartment.documents + excluded.documents
"""
_PG_DROP_EMPTY_DEPARTMENTS = """
DELETE FROM qa_searchdepartment WHERE department_id = ANY(%(departments)s) AND documents <= 0
"""


def _pg_document_lexemes(cursor, question_id: int) -> tuple[set[str], int | None]:
    """The lexemes of a thread's indexed document and its department; nothing if not indexed."""
    cursor.execute(_PG_DOCUMENT_LEXEMES, [question_id])
    row = cursor.fetchone()
    return (set(row[0]), row[1]) if row else (set(), None)


def _pg_count_changes(cursor, before: tuple[set[str], int | None], after: tuple[set[str], int | None]) -> None:
    """Move the counts from a document's lexemes and department ``before`` to those ``after``."""
    (old_terms, old_department), (new_terms, new_department) = before, after
    terms = dict.fromkeys(old_terms - new_terms, -1) | dict.fromkeys(new_terms - old_terms, 1)
    if terms:
        names = sorted(terms)
        cursor.execute(_PG_ADD_TO_TERMS, {"terms": names, "deltas": [terms[t] for t in names]})
        if -1 in terms.values():
            cursor.execute(_PG_DROP_UNUSED_TERMS, {"terms": names})
    if old_department != new_department:
        departments = {d: delta for d, delta in ((old_department, -1), (new_department, 1)) if d is not None}
        ids = sorted(departments)
        cursor.execute(_PG_ADD_TO_DEPARTMENTS, {"departments": ids, "deltas": [departments[d] for d in ids]})
        if old_department is not None:
            cursor.execute(_PG_DROP_EMPTY_DEPARTMENTS, {"departments": ids})


def index_question(question: Question) -> None:
    """Add or refresh a published thread in the index; remove anything else. PostgreSQL: the
    counts follow (SearchTerm, SearchDepartment): the lexemes the document gained are added, those
    it lost subtracted. Runs in the caller's transaction (qa.publication)."""
    fresh = Question.objects.prefetch_related("answers", "clarifications").filter(pk=question.pk).first()
    counted = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        before = _pg_document_lexemes(cursor, question.pk) if counted else None
        if fresh is None or not fresh.is_published:
            SearchDocument.objects.filter(question_id=question.pk).delete()
        else:
            SearchDocument.objects.update_or_create(question_id=fresh.pk, defaults=document_values(fresh))
        if counted:
            _pg_count_changes(cursor, before, _pg_document_lexemes(cursor, question.pk))


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


# Markdown syntax in an excerpt (answers are Markdown; excerpts are cut from the indexed source):
# the words stay, the markup goes. The highlight markers are neither, so they survive.
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")  # [text](url), ![alt](src)
_MD_LINE_START = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|[0-9]{1,9}[.)][ \t]+)")
_MD_HEADING = re.compile(r"(?<!\S)#{1,6}(?=[ \t])")  # "### What you can do now" cut mid-line
_MD_EMPHASIS = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|~~|`+|(?<![^\W_])_{1,3}|_{1,3}(?![^\W_])")


def plain_excerpt(text: str) -> str:
    """``text`` (an excerpt of a thread, highlight markers included) without Markdown syntax,
    on one line."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_START.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub("", text)
    return " ".join(text.split())


def _filters(department_id: int | None, tag_id: int | None, alias: str) -> tuple[str, list]:
    """SQLite's filter fragments (the PostgreSQL statements hold their filters)."""
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


# ---- PostgreSQL: the estimate and the choice --------------------------------------------------

# What the plan is made from, in one statement: the indexable part of the query as text (its
# lexemes joined by & (and), | (or), <-> or <N> (followed by); "T" when no part can be looked up,
# as for negations only; empty when the query has no lexeme, as for stop words only); the counts
# of the query's words (to_tsvector parses them as websearch_to_tsquery does, with the same
# configuration; a word that the two split differently, as in a URL, is not found and counts as
# rare); the indexed threads, in all and in the department; the tag's published threads; the
# oldest and newest publication times in the department or in all (two reads of a time index:
# the values reach PostgreSQL inline (psycopg2), so "NULL IS NULL OR …" is folded away when
# planned, and the department's time index serves when one is given).
_PG_PLAN_INPUTS = """
SELECT querytree(websearch_to_tsquery('english', %(query)s)),
       (SELECT json_object_agg(t.term, t.documents) FROM qa_searchterm t
        WHERE t.term = ANY(tsvector_to_array(to_tsvector('english', %(query)s)))),
       (SELECT sum(s.documents) FROM qa_searchdepartment s),
       (SELECT sum(s.documents) FROM qa_searchdepartment s WHERE s.department_id = %(department)s),
       (SELECT t.num_published FROM qa_tag t WHERE t.id = %(tag)s),
       (SELECT min(d.published_at) FROM qa_searchdocument d
        WHERE (%(department)s::integer IS NULL OR d.department_id = %(department)s)),
       (SELECT max(d.published_at) FROM qa_searchdocument d
        WHERE (%(department)s::integer IS NULL OR d.department_id = %(department)s))
"""
_TREE_TOKEN = re.compile(r"'((?:[^']|'')*)'(?::[*A-D]+)?|<-?\d*-?>|[&|!()]|T")


def _parse_tree(tree: str):
    """The query tree as nested tuples: ("term", lexeme), ("and", parts) for & and the phrase
    operators, ("or", parts), ("not", part), ("all",) for "T"; None for an empty tree."""
    tokens = [(m.group(0), m.group(1)) for m in _TREE_TOKEN.finditer(tree)]
    position = 0

    def peek():
        return tokens[position][0] if position < len(tokens) else None

    def take():
        nonlocal position
        position += 1
        return tokens[position - 1]

    def either():  # lowest precedence: |
        parts = [both()]
        while peek() == "|":
            take()
            parts.append(both())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def both():  # &, then the phrase operators <-> and <N>, which bind tighter
        parts = [single()]
        while peek() is not None and (peek() == "&" or peek().startswith("<")):
            take()
            parts.append(single())
        return parts[0] if len(parts) == 1 else ("and", parts)

    def single():
        symbol, lexeme = take() if peek() is not None else (None, None)
        if symbol == "!":
            return ("not", single())
        if symbol == "(":
            inner = either()
            if peek() == ")":
                take()
            return inner
        if lexeme is not None:
            return ("term", lexeme.replace("''", "'"))
        return ("all",)  # "T", or anything unexpected: assume every thread may match

    return either() if tokens else None


def _share(node, shares: dict[str, float]) -> float:
    """The share of the indexed threads that match the query tree, taking words to occur
    independently: a lexeme's share is its count over all indexed threads; a thread holds every
    part of an "and" (or of a phrase) with the product of their shares, some part of an "or" with
    at most the sum of theirs (at most 1); a negation or "T" may match every thread."""
    if node is None:
        return 0.0
    kind = node[0]
    if kind == "term":
        return shares.get(node[1], 0.0)
    if kind == "and":
        return math.prod(_share(part, shares) for part in node[1])
    if kind == "or":
        return min(1.0, sum(_share(part, shares) for part in node[1]))
    return 1.0


@dataclass(frozen=True)
class Plan:
    """How one search finds its candidates (``pg_plan``)."""

    strategy: str  # "recent", "index" or "window"
    matches: float = 0  # the estimated matches in scope
    in_scope: float = 0  # the indexed threads in scope
    since: datetime | None = None  # "window": the start of the window
    empty: bool = False  # the query has no lexeme: nothing can match


def _reader():
    """The connection that searches read: the one the project's router names for the index (a
    replica for an anonymous visitor's page when one is configured, docs/SCALING.md), else the
    default. Writes to the index always use the default connection."""
    return connections[router.db_for_read(SearchDocument)]


def pg_plan(query: str, department_id: int | None = None, tag_id: int | None = None) -> Plan:
    """Choose how to find the ``CANDIDATES`` newest matches of ``query`` in the scope.

    The estimate: the share of all indexed threads that match (``_share``, from the counts of
    SearchTerm: words are taken to occur independently), times the threads in scope: every
    thread, the department's (SearchDepartment), the tag's (Tag.num_published), or, with both
    filters, the tag's threads times the department's share of all.

    The choice, from the expected matches in scope:

    - "index" when fewer than WINDOW_MIN_MATCHES: reading every match is cheap;
    - "recent" when they are at least CANDIDATES / RECENT_EXPECTED_ROWS (4 %) of the threads in
      scope: CANDIDATES of them are expected among its RECENT_EXPECTED_ROWS newest threads;
    - "window" otherwise: taking the threads to be spread evenly between the oldest and the
      newest publication time, the window is the newest part of that span expected to hold
      WINDOW_MARGIN × CANDIDATES matches (the margin covers newest threads sparser than the
      average, and words rarer lately; when the window still holds too few, "index" follows).

    Measured at a million threads (bench/): "recent" costs about 5 µs a thread tested (its vector
    is read from TOAST), so up to 25 ms for 5,000; a GIN lookup reads the whole posting list of
    each of the query's lexemes, which for several frequent words ("itchy red rash", 6 % of the
    threads together, 40 % each) costs more than that, and then about 10 µs a match it keeps.
    """
    with _reader().cursor() as cursor:
        cursor.execute(_PG_PLAN_INPUTS, {"query": query, "department": department_id, "tag": tag_id})
        tree, counts, everything, in_department, tagged, oldest, newest = cursor.fetchone()
    tree = _parse_tree(tree)
    if tree is None:
        return Plan("index", empty=True)
    everything = everything or 0
    in_scope = (in_department or 0) if department_id is not None else everything
    if tag_id is not None:
        in_scope = (tagged or 0) * in_scope / everything if everything else 0
    shares = {term: documents / everything for term, documents in (counts or {}).items()}
    matches = _share(tree, shares) * in_scope
    if matches < WINDOW_MIN_MATCHES or oldest is None:
        return Plan("index", matches, in_scope)  # (also when nothing is counted)
    if CANDIDATES * in_scope <= RECENT_EXPECTED_ROWS * matches:
        return Plan("recent", matches, in_scope)
    return Plan("window", matches, in_scope,
                since=newest - (newest - oldest) * min(1.0, WINDOW_MARGIN * CANDIDATES / matches))


# ---- PostgreSQL: the three ways of finding the candidates -------------------------------------
# Each statement returns the ids of the CANDIDATES newest matches in scope, best first
# (ts_rank_cd). Each is written once with SCOPE where the filters go, and exists for each
# combination of filters (PG_STRATEGIES), made at import from the fixed fragments below: a filter
# is in the SQL only when it is used. (Written as "%(tag)s IS NULL OR EXISTS …" instead, the
# tag's EXISTS would stay a filter tested on every row; alone, it becomes a semi-join, which
# PostgreSQL can start from the tag's threads.)

_IN_DEPARTMENT = " AND d.department_id = %(department)s"
_WITH_TAG = " AND EXISTS (SELECT 1 FROM qa_question_tags t WHERE t.question_id = d.question_id AND t.tag_id = %(tag)s)"
_SCOPES = {  # (department given, tag given): the filters
    (False, False): "",
    (True, False): _IN_DEPARTMENT,
    (False, True): _WITH_TAG,
    (True, True): _IN_DEPARTMENT + _WITH_TAG,
}

# "recent": the RECENT_SCAN_ROWS newest threads in scope (the time index, newest first), each
# tested until CANDIDATES match. The walk is a subquery with its own LIMIT, so the match test
# cannot move into it: the walk stays bounded however many threads match.
_PG_RECENT = """
SELECT c.question_id FROM (
    SELECT r.question_id, r.vector FROM (
        SELECT d.question_id, d.vector, d.published_at FROM qa_searchdocument d
        WHERE TRUE SCOPE
        ORDER BY d.published_at DESC, d.question_id DESC
        LIMIT %(scan)s
    ) r
    WHERE r.vector @@ websearch_to_tsquery('english', %(query)s)
    ORDER BY r.published_at DESC, r.question_id DESC
    LIMIT %(candidates)s
) c
ORDER BY ts_rank_cd(c.vector, websearch_to_tsquery('english', %(query)s)) DESC, c.question_id DESC
"""

# "index" and "window" find the matches with the GIN index: first every match in scope ("window":
# only those published since %(since)s), then the newest of them. The matches are a MATERIALIZED CTE, and
# that is what makes PostgreSQL use the GIN index: with the ORDER BY … LIMIT in the same query, it
# may rather walk the time index newest first and test each thread until enough match, which it
# counts as cheap because it does not count reading each thread's vector from TOAST (the vector
# is stored out of line, migration 0002): 12,000 vector reads (100 ms) for a term of 1.7 % at a
# million threads. Asked for every match, it can only choose how to find them all: the GIN index
# (alone, or ANDed with the time index for the window), or the tag's threads.
_PG_INDEX = """
WITH matches AS MATERIALIZED (
    SELECT d.question_id, d.published_at FROM qa_searchdocument d
    WHERE d.vector @@ websearch_to_tsquery('english', %(query)s) SCOPE
), newest AS (
    SELECT m.question_id FROM matches m
    ORDER BY m.published_at DESC, m.question_id DESC
    LIMIT %(candidates)s
)
SELECT d.question_id FROM newest n JOIN qa_searchdocument d ON d.question_id = n.question_id
ORDER BY ts_rank_cd(d.vector, websearch_to_tsquery('english', %(query)s)) DESC, d.question_id DESC
"""
_PG_WINDOW = """
WITH matches AS MATERIALIZED (
    SELECT d.question_id, d.published_at FROM qa_searchdocument d
    WHERE d.vector @@ websearch_to_tsquery('english', %(query)s) AND d.published_at >= %(since)s SCOPE
), newest AS (
    SELECT m.question_id FROM matches m
    ORDER BY m.published_at DESC, m.question_id DESC
    LIMIT %(candidates)s
)
SELECT d.question_id FROM newest n JOIN qa_searchdocument d ON d.question_id = n.question_id
ORDER BY ts_rank_cd(d.vector, websearch_to_tsquery('english', %(query)s)) DESC, d.question_id DESC
"""

PG_STRATEGIES = {  # strategy -> (department given, tag given) -> the statement
    name: {scope: template.replace("SCOPE", filters) for scope, filters in _SCOPES.items()}
    for name, template in (("recent", _PG_RECENT), ("index", _PG_INDEX), ("window", _PG_WINDOW))
}


def pg_ranking_query(query: str, department_id=None, tag_id=None, *, strategy: str | None = None,
                     since=None) -> tuple[str, dict, str]:
    """The statement that finds and ranks the candidates of a search, its parameters, and its
    strategy: ``strategy`` (with ``since`` for "window"), or the one ``pg_plan`` chooses."""
    if strategy is None:
        plan = pg_plan(query, department_id, tag_id)
        strategy, since = plan.strategy, plan.since
    if strategy == "window" and since is None:
        raise ValueError("the window strategy needs its start (since)")
    params = {"query": query, "department": department_id, "tag": tag_id, "candidates": CANDIDATES,
              "scan": RECENT_SCAN_ROWS, "since": since}
    return PG_STRATEGIES[strategy][department_id is not None, tag_id is not None], params, strategy


# A time limit for one statement, for the rest of the transaction; the previous one is returned.
_PG_SET_TIME_LIMIT = "SELECT current_setting('statement_timeout'), set_config('statement_timeout', %s, true)"
_PG_RESTORE_TIME_LIMIT = "SELECT set_config('statement_timeout', %s, true)"
QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement stopped by statement_timeout


def _pg_run(sql: str, params, *, limit_ms: float | None = None) -> list[int] | None:
    """The ids the ranking statement returns. With ``limit_ms``: within that many milliseconds,
    or None if it would run longer."""
    reader = _reader()
    if limit_ms is None:
        with reader.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]
    if limit_ms < 1:
        return None
    try:
        nested = reader.in_atomic_block
        # A transaction (or a savepoint) of its own: the limit ends with it and a cancel undoes
        # nothing else. A limit set in a savepoint outlives its release, so a nested call restores
        # the previous one.
        with transaction.atomic(using=reader.alias), reader.cursor() as cursor:
            cursor.execute(_PG_SET_TIME_LIMIT, [f"{int(limit_ms)}ms"])
            previous = cursor.fetchone()[0]
            cursor.execute(sql, params)
            ids = [row[0] for row in cursor.fetchall()]
            if nested:
                cursor.execute(_PG_RESTORE_TIME_LIMIT, [previous])
            return ids
    except OperationalError as error:
        if getattr(error.__cause__, "pgcode", None) == QUERY_CANCELED:
            return None
        raise


def _pg_ranked_ids(query: str, department_id, tag_id) -> list[int]:
    """The newest matches (CANDIDATES at most), best first.

    The strategy ``pg_plan`` chooses runs first. When it finds fewer than CANDIDATES (fewer
    matches among the newest threads, or in the window, than expected) every match is looked up
    in the GIN index. The GIN lookups of one search share INDEX_TIMEOUT_MS, counted from its
    start (a statement_timeout): past it, the matches among the newest threads are shown, those
    the first strategy found (the walk, the window) or, if that was the one out of time, those
    of the walk of "recent"."""
    deadline = time.monotonic() + INDEX_TIMEOUT_MS / 1000
    plan = pg_plan(query, department_id, tag_id)
    if plan.empty:
        return []

    def run(strategy: str, since=None):
        sql, params, _ = pg_ranking_query(query, department_id, tag_id, strategy=strategy, since=since)
        if strategy == "recent":  # bounded by RECENT_SCAN_ROWS: no time limit
            return _pg_run(sql, params)
        return _pg_run(sql, params, limit_ms=(deadline - time.monotonic()) * 1000)

    found = run(plan.strategy, plan.since)
    if found is None:  # the GIN lookup ran out of time: the matches among the newest threads
        return run("recent")
    if len(found) >= CANDIDATES or plan.strategy == "index":
        return found  # enough, or every match
    everything = run("index")  # too few among the newest threads or in the window
    return found if everything is None else everything  # out of time: the newest matches found


_PG_HIGHLIGHTS = """
SELECT d.question_id,
       ts_headline('english', d.title, q, %(title_options)s),
       ts_headline('english', d.body || ' ' || d.answer, q, %(excerpt_options)s)
FROM qa_searchdocument d, websearch_to_tsquery('english', %(query)s) q
WHERE d.question_id = ANY(%(ids)s)
"""
_MARKS = f"StartSel={START}, StopSel={STOP}"
_TITLE_OPTIONS = _MARKS + ", HighlightAll=true"
_EXCERPT_OPTIONS = _MARKS + ', MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "'


def _pg_highlights(query: str, ids: list[int]) -> dict[int, tuple[str, str]]:
    with _reader().cursor() as cursor:
        cursor.execute(_PG_HIGHLIGHTS, {"title_options": _TITLE_OPTIONS, "excerpt_options": _EXCERPT_OPTIONS,
                                        "query": query, "ids": ids})
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
    with _reader().cursor() as cursor:
        cursor.execute(sql, [match, *params])
        return [row[0] for row in cursor.fetchall()]


def _sqlite_highlights(match: str, ids: list[int]) -> dict[int, tuple[str, str]]:
    marks = ", ".join(["%s"] * len(ids))
    sql = f"""
        SELECT rowid, highlight(qa_search_fts, 0, %s, %s), snippet(qa_search_fts, -1, %s, %s, ' … ', 32)
        FROM qa_search_fts WHERE qa_search_fts MATCH %s AND rowid IN ({marks})
    """  # noqa: S608 - placeholders only
    with _reader().cursor() as cursor:
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
    number = page if isinstance(page, int) else page_number(page)
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
            results.hits.append(Hit(questions[pk], _marked(title), _marked(plain_excerpt(excerpt))))
    return results
