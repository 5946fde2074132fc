"""Full-text search over published threads, on PostgreSQL and on SQLite, in English and Chinese.

Both languages: a thread's Chinese is indexed as overlapping bigrams, read as Traditional Chinese
(``segment``, in ``SearchDocument.segmented`` with the thread's topics as tokens); a query's
Chinese becomes the phrases of its bigrams, and a query's words that name a topic (TagAlias,
Tag.name, Tag.name_zh) match any name of the topic in either language, or the topic itself
(``parse_query``). Titles and excerpts show the original text, Chinese matches marked too.

PostgreSQL: the query's tsquery (``pg_tsquery``: its English through ``websearch_to_tsquery``, as
always) over the generated ``vector`` column (GIN index). The
``CANDIDATES`` newest matches are ranked by ``ts_rank_cd``; ``ts_headline`` runs only for the
results shown. How the newest matches are found depends on how many threads the query matches,
which is estimated from counts this module keeps (``SearchTerm``: threads per lexeme,
``SearchDepartment``: threads per department; see ``pg_plan``):

- "recent", frequent terms: test the newest threads one by one, in time order;
- "index", rare terms: look every match up in the GIN index, keep the newest;
- "window", in between: the GIN lookup restricted to the threads published since a time after
  which enough matches are expected; when the window holds too few, "index".

Every SQL statement of this path is a constant below, but for the tsquery's expression, which is
made of fixed fragments (``pg_tsquery``); values are always parameters.

SQLite: the FTS5 table ``qa_search_fts``, the same newest matches ranked by bm25; user input is
reduced to words and runs of Han characters, each quoted (``fts5_query``), so no FTS operator can
break the query. Any input gives results or an empty page.
"""

from __future__ import annotations

import functools
import math
import operator
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

import opencc
from django.db import OperationalError, connection, connections, router, transaction
from django.utils.safestring import SafeString, mark_safe

from accounts.languages import HAN_CLASS, fold
from qa import cache, lifecycle
from qa.chinese import converter as traditional_converter
from qa.chinese import to_traditional
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


# ---- Chinese: bigrams, and the topics as tokens ------------------------------------------------
# Chinese has no spaces between words, so its text is indexed as overlapping pairs of characters
# (bigrams, as Lucene's CJK analyzer does), read as Traditional Chinese (qa.chinese: the same
# conversion at index and query time, so "湿疹" finds "濕疹"). A run of Han characters "很癢"
# gives "很癢 癢": its bigrams, then its last character alone (a run of one character is that
# character), so that every character of the text starts some token and a query of one character
# can be a prefix search. A word of two or more characters is the phrase of its bigrams.
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
_LATIN_WORD = re.compile(f"[^\\W{HAN_CLASS}]+")
# A thread's topics are indexed as the tokens "qatag<id>" (the last part of ``segmented``), so that
# a search for a topic's name or alias finds the threads filed under it in any language.
TOPIC_TOKEN = "qatag"  # noqa: S105 - not a secret
_TOPIC_WORD = re.compile(rf"(?i)\b{TOPIC_TOKEN}\d+\b")  # not a user's word: removed from queries
PART = "|"  # between the parts of ``segmented``; never in a bigram nor a topic token


@functools.cache
def _simplifier() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def han_form(text: str) -> str:
    """The form of ``text`` that search compares: Traditional (qa.chinese.to_traditional), after
    a pass through Simplified, which folds the variants of a character that Traditional text
    itself holds (濕 and 溼 are both 湿, then 溼): a thread that writes 濕疹 is found by 湿疹,
    濕疹 and 溼疹 alike. The same length as ``text`` (its characters keep their places)."""
    if not _HAN_RUN.search(text):
        return text
    simplified = _simplifier().convert(text)
    return to_traditional(simplified if len(simplified) == len(text) else text)


# Between texts converted together (``han_forms``): a control character, never in indexed text.
_BETWEEN = "\x1e"


def han_forms(texts: list[str]) -> list[str]:
    """``han_form`` of each text, converted together: OpenCC costs far more per call than per
    character (a rebuild converts thousands of texts at a time)."""
    out = list(texts)
    chinese = [i for i, text in enumerate(texts) if _HAN_RUN.search(text)]
    if not chinese:
        return out
    simplified = _simplifier().convert(_BETWEEN.join(texts[i] for i in chinese)).split(_BETWEEN)
    if len(simplified) == len(chinese):
        kept = [s if len(s) == len(texts[i]) else texts[i] for i, s in zip(chinese, simplified, strict=True)]
        traditional = traditional_converter().convert(_BETWEEN.join(kept)).split(_BETWEEN)
        if len(traditional) == len(chinese):
            for i, piece, converted in zip(chinese, kept, traditional, strict=True):
                out[i] = converted if len(converted) == len(piece) else piece
            return out
    return [han_form(text) for text in texts]  # the separator did not survive: one by one


def bigrams(run: str) -> list[str]:
    """The tokens of a run of Han characters (already Traditional): its bigrams, then its last
    character."""
    return [*map(operator.add, run, run[1:]), run[-1]] if run else []


def _tokens(converted: str) -> str:
    return " ".join(token for run in _HAN_RUN.findall(converted) for token in bigrams(run))


def segment(text: str) -> str:
    """The Chinese of ``text`` as space-separated tokens (bigrams); empty when it has none."""
    return _tokens(han_form(text)) if _HAN_RUN.search(text or "") else ""


def segmented_values(title: str, body: str, answer: str, tag_ids) -> str:
    """The ``segmented`` column: the bigrams of title, body and answer, then the topic tokens."""
    topics = " ".join(f"{TOPIC_TOKEN}{pk}" for pk in sorted(tag_ids))
    return PART.join([segment(title), segment(body), segment(answer), topics])


def document_values(question) -> dict:
    """The indexed text of a thread: title; question with the patient's additions; the answer;
    their Chinese as bigrams and the thread's topics (``segmented``).

    Reads ``clarifications``, ``answers`` and ``tags``: prefetch them.
    """
    additions = [c.body for c in question.clarifications.all() if c.kind == Clarification.Kind.ADDITION]
    answers = [text for a in question.answers.all() for text in (a.body, a.more_info) if text]
    values = {
        "department_id": question.department_id,
        "published_at": question.published_at,
        "title": _plain(question.title),
        "body": _plain("\n\n".join([question.body, *additions])),
        "answer": _plain("\n\n".join(answers)),
    }
    tags = [t.pk for t in question.tags.all()]
    values["segmented"] = segmented_values(values["title"], values["body"], values["answer"], tags)
    return values


# The whole index in one statement (PostgreSQL), after bulk imports: the same text as
# document_values, with the same characters removed.
_PG_CONTROL = "[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ue000\\ue001]"
_PG_REBUILD = """
INSERT INTO qa_searchdocument (question_id, department_id, published_at, title, body, answer, segmented)
SELECT q.id, q.department_id, q.published_at,
       regexp_replace(q.title, E'CONTROL_CLASS', ' ', 'g'),
       regexp_replace(q.body || coalesce((
           SELECT E'\\n\\n' || string_agg(c.body, E'\\n\\n' ORDER BY c.created_at, c.id)
           FROM qa_clarification c WHERE c.question_id = q.id AND c.kind = %(addition)s), ''),
           E'CONTROL_CLASS', ' ', 'g'),
       regexp_replace(coalesce((
           SELECT string_agg(CASE WHEN a.more_info = '' THEN a.body ELSE a.body || E'\\n\\n' || a.more_info END,
                             E'\\n\\n' ORDER BY a.answered_at, a.id)
           FROM qa_answer a WHERE a.question_id = q.id), ''), E'CONTROL_CLASS', ' ', 'g'),
       'EMPTY_PARTS' || coalesce((
           SELECT string_agg('TOPIC_TOKEN' || t.tag_id, ' ' ORDER BY t.tag_id)
           FROM qa_question_tags t WHERE t.question_id = q.id), '')
FROM qa_question q
WHERE q.status = %(public)s
""".replace("CONTROL_CLASS", _PG_CONTROL).replace("EMPTY_PARTS", PART * 3).replace("TOPIC_TOKEN", TOPIC_TOKEN)

# Then the documents that hold Chinese get their bigrams, in batches (OpenCC runs in Python), in
# the order of their keys; the topics computed above stay (the last part).
_PG_CHINESE_DOCUMENTS = f"""
SELECT question_id, title, body, answer, split_part(segmented, '{PART}', 4) FROM qa_searchdocument
WHERE question_id > %(after)s AND (title || body || answer) ~ '[{HAN_CLASS}]'
ORDER BY question_id LIMIT %(batch)s
"""  # noqa: S608 - constants only
_PG_SET_SEGMENTED = """
UPDATE qa_searchdocument d SET segmented = v.segmented
FROM unnest(%(ids)s::integer[], %(values)s::text[]) AS v(question_id, segmented)
WHERE d.question_id = v.question_id
"""


def pg_segment_chinese(cursor, *, batch: int = 2000) -> int:
    """Give every indexed document that holds Chinese its bigrams (PostgreSQL, after a set-based
    fill whose ``segmented`` holds only the topics); returns their number."""
    after, done = 0, 0
    while True:
        cursor.execute(_PG_CHINESE_DOCUMENTS, {"after": after, "batch": batch})
        rows = cursor.fetchall()
        if not rows:
            return done
        texts = han_forms([text for row in rows for text in row[1:4]])
        values = [PART.join([*map(_tokens, texts[3 * n: 3 * n + 3]), row[4]]) for n, row in enumerate(rows)]
        cursor.execute(_PG_SET_SEGMENTED, {"ids": [r[0] for r in rows], "values": values})
        after, done = rows[-1][0], done + len(rows)


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
    transaction. PostgreSQL: one set-based statement, then the bigrams of the documents that hold
    Chinese (in batches), the counts recounted from the result (SearchTerm, SearchDepartment), then
    fresh statistics for the planner."""
    SearchDocument.objects.all().delete()
    SearchTerm.objects.all().delete()
    SearchDepartment.objects.all().delete()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(_PG_REBUILD, {"addition": Clarification.Kind.ADDITION, "public": lifecycle.PUBLIC})
            rows = cursor.rowcount
            pg_segment_chinese(cursor, batch=batch)
            cursor.execute(_PG_REBUILD_TERMS)
            cursor.execute(_PG_REBUILD_DEPARTMENTS)
            cursor.execute("ANALYZE qa_searchdocument")
        return rows
    published = Question.objects.published().prefetch_related("answers", "clarifications", "tags").order_by("pk")
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
    fresh = Question.objects.prefetch_related("answers", "clarifications", "tags").filter(pk=question.pk).first()
    counted = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        before = _pg_document_lexemes(cursor, question.pk) if counted else None
        if fresh is None or not fresh.is_published:
            SearchDocument.objects.filter(question_id=question.pk).delete()
        else:
            SearchDocument.objects.update_or_create(question_id=fresh.pk, defaults=document_values(fresh))
        if counted:
            _pg_count_changes(cursor, before, _pg_document_lexemes(cursor, question.pk))


# ---- What a query asks for ---------------------------------------------------------------------
# A query is its English (searched as before), its runs of Chinese (each the phrase of its
# bigrams, after the same conversion to Traditional), and the topics it names: a word or words
# that are a topic's name or alias (TagAlias, Tag.name, Tag.name_zh, compared folded) become "any
# name of the topic, in either language, or the topic itself" (its token in ``segmented``).

MAX_HAN_CHARS = 40  # of a query's Chinese, this many characters are searched
ALIAS_WORDS = 4  # the longest alias looked for among a query's words, in words
ALIAS_CHARS = 10  # the longest alias looked for inside a run of Chinese, in characters
ALIAS_QUERY_WORDS = 24  # the query's words looked up as aliases


@dataclass(frozen=True)
class Name:
    """A name of a topic as searched: its English, and its runs of Chinese (Traditional)."""

    english: str
    chinese: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """A topic named in a query: any of its names, or the topic itself, matches."""

    tag_id: int
    names: tuple[Name, ...]


@dataclass
class ParsedQuery:
    english: str = ""  # the query with its Chinese and its topic names blanked out
    # Runs of Chinese, each a phrase, in the forms it may take in the index (``_forms``).
    chinese: list[tuple[str, ...]] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (_LATIN_WORD.search(self.english) or self.chinese or self.topics)

    @property
    def bilingual(self) -> bool:
        """Whether ``segmented`` may match (the excerpt is then chosen among the texts)."""
        return bool(self.chinese or self.topics)

    def chinese_strings(self) -> list[str]:
        """The Chinese that matches, for highlighting."""
        return [*(form for forms in self.chinese for form in forms),
                *(run for t in self.topics for n in t.names for run in n.chinese)]


def _name(text: str, form: str) -> Name:
    """A topic's name as searched, from the name and its ``han_form``."""
    english = " ".join(_HAN_RUN.sub(" ", text).split())
    return Name(english if _LATIN_WORD.search(english) else "", tuple(_HAN_RUN.findall(form)))


# Every name of every topic: read when the archive's stamp moves (qa.cache: a topic renamed, an
# alias added or removed), not on each search.
_ALL_NAMES = """
SELECT t.id, t.name, t.name_zh, a.name FROM qa_tag t LEFT JOIN qa_tagalias a ON a.tag_id = t.id ORDER BY t.id, a.id
"""


@dataclass(frozen=True)
class _NameIndex:
    stamp: object
    tag_of: dict[str, int]  # each name of a topic, folded and in the form search compares -> its id
    topics: dict[int, Topic]


_names: _NameIndex | None = None


def _name_index() -> _NameIndex:
    """The names of all topics, kept per process while the archive's stamp stays (read again on
    each search when the cache is unreachable: there is then no stamp to trust)."""
    global _names
    stamp = cache.archive_stamp()
    if _names is not None and stamp is not None and _names.stamp == stamp:
        return _names
    with _reader().cursor() as cursor:
        cursor.execute(_ALL_NAMES)
        rows = cursor.fetchall()
    names: dict[int, list[str]] = {}
    for tag_id, *texts in rows:
        names.setdefault(tag_id, []).extend(text for text in texts if text and text.strip())
    unique = list(dict.fromkeys(text for texts in names.values() for text in texts))
    forms = dict(zip(unique, han_forms(unique), strict=True))  # one conversion for them all
    tag_of: dict[str, int] = {}
    for tag_id, texts in names.items():
        for text in texts:
            tag_of.setdefault(fold(text), tag_id)
            tag_of.setdefault(fold(forms[text]), tag_id)
    topics = {tag_id: Topic(tag_id, tuple(dict.fromkeys(_name(text, forms[text]) for text in texts)))
              for tag_id, texts in names.items()}
    _names = _NameIndex(stamp, tag_of, topics)
    return _names


def _topics_named(keys: set[str]) -> dict[str, Topic]:
    """The topics any of ``keys`` (folded, or in the form search compares) names, by key."""
    if not keys:
        return {}
    index = _name_index()
    return {key: index.topics[index.tag_of[key]] for key in keys if key in index.tag_of}


def _free(query: str, words: list, i: int, j: int) -> bool:
    """Whether the words i..j-1 stand as plain words: not quoted, negated, or next to "or" (they
    are then left to websearch_to_tsquery as they are)."""
    start, end = words[i][0], words[j - 1][1]
    if query.count('"', 0, start) % 2 or query[start - 1: start] == "-":
        return False
    before = words[i - 1] if i > 0 else None
    after = words[j] if j < len(words) else None
    for word, gap in ((before, before and query[before[1]:start]), (after, after and query[end:after[0]])):
        if word and word[2].lower() == "or" and not gap.strip():
            return False
    return True


def parse_query(query: str) -> ParsedQuery:
    """What ``query`` (cleaned) asks for; looks its words up as topic names (``_name_index``, read
    again only when the archive's stamp moves)."""
    query = _TOPIC_WORD.sub(" ", query)
    words = [(m.start(), m.end(), m.group()) for m in _LATIN_WORD.finditer(query)]
    runs, budget, beyond = [], MAX_HAN_CHARS, []
    for m in _HAN_RUN.finditer(query):
        if budget > 0:
            runs.append((m.start(), m.end(), m.group()[:budget]))
            budget -= len(runs[-1][2])
        else:
            beyond.append((m.start(), m.end()))  # not searched, nor left to the English
    spans = {}  # (i, j) of consecutive words -> their key
    for i in range(min(len(words), ALIAS_QUERY_WORDS)):
        for j in range(i + 1, min(i + ALIAS_WORDS, len(words)) + 1):
            if j > i + 1 and query[words[j - 2][1]:words[j - 1][0]].strip():
                break  # not separated by spaces only: not one name
            spans[i, j] = fold(" ".join(w[2] for w in words[i:j]))
    keys = set(spans.values())
    for _, _, run in runs:
        traditional = han_form(run)
        keys |= {fold(run), traditional, to_traditional(run)}
        keys |= {traditional[i:i + n] for n in range(2, ALIAS_CHARS + 1) for i in range(len(traditional) - n + 1)}
    topics = _topics_named(keys)

    parsed, found, blank = ParsedQuery(), {}, beyond
    i = 0
    while i < len(words):
        for j in range(min(i + ALIAS_WORDS, len(words)), i, -1):
            key = spans.get((i, j))
            if key in topics and _free(query, words, i, j):
                found.setdefault(topics[key].tag_id, topics[key])
                blank.append((words[i][0], words[j - 1][1]))
                i = j
                break
        else:
            i += 1
    for start, end, run in runs:
        blank.append((start, end))
        traditional = han_form(run)
        whole = topics.get(fold(run)) or topics.get(traditional)
        if whole:
            found.setdefault(whole.tag_id, whole)
            continue
        rest, named, i = [[]], False, 0
        while i < len(traditional):
            for n in range(min(ALIAS_CHARS, len(traditional) - i), 1, -1):
                topic = topics.get(traditional[i:i + n])
                if topic:
                    found.setdefault(topic.tag_id, topic)
                    named, i = True, i + n
                    rest.append([])
                    break
            else:
                rest[-1].append(i)
                i += 1
        # Beside a topic's name, a lone character is a particle ("的", "嗎"): left out.
        parsed.chinese += [_forms(run[part[0]:part[-1] + 1]) for part in rest if len(part) > 1 or (part and not named)]
    text = list(query)
    for start, end in blank:
        text[start:end] = " " * (end - start)
    parsed.english = "".join(text)
    parsed.topics = list(found.values())
    return parsed


def _forms(run: str) -> tuple[str, ...]:
    """The forms a query's run of Chinese may take in the index: the form search compares, and
    as OpenCC converts it without context (one character, such as 乾, read through Simplified
    becomes 幹), and as typed."""
    return tuple(dict.fromkeys([han_form(run), to_traditional(run), run]))


def _parsed(query) -> ParsedQuery:
    return query if isinstance(query, ParsedQuery) else parse_query(clean_query(query))


def _pairs(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)]


def _tsquery_phrase(run: str) -> str:
    """A run of Chinese as tsquery text, from quoted lexemes of Han characters only (no quote, no
    operator): the phrase of its bigrams, or a prefix search for one character."""
    return f"'{run}':*" if len(run) == 1 else " <-> ".join(f"'{pair}'" for pair in _pairs(run))


def pg_tsquery(query) -> tuple[str, dict]:
    """The SQL expression of the tsquery of a search, and its parameters: the English by
    websearch_to_tsquery('english'), as it always was, AND each run of Chinese AND each topic,
    the OR of its names (English by phraseto_tsquery('english'), Chinese as bigram phrases) and
    its token. Made of the fixed fragments below; every value is a parameter."""
    parsed = _parsed(query)
    parts, params = [], {}

    def param(value: str) -> str:
        key = f"p{len(params)}"
        params[key] = value
        return f"%({key})s"

    if _LATIN_WORD.search(parsed.english):
        parts.append(f"websearch_to_tsquery('english', {param(parsed.english)})")
    parts += ["(" + " || ".join(f"{param(_tsquery_phrase(run))}::tsquery" for run in forms) + ")"
              for forms in parsed.chinese]
    for topic in parsed.topics:
        token = f"'{TOPIC_TOKEN}{topic.tag_id}'"  # letters and digits
        options = [f"{param(token)}::tsquery"]
        for name in topic.names:
            pieces = [f"phraseto_tsquery('english', {param(name.english)})"] if name.english else []
            pieces += [f"{param(_tsquery_phrase(run))}::tsquery" for run in name.chinese]
            if pieces:
                options.append("(" + " && ".join(pieces) + ")")
        parts.append("(" + " || ".join(options) + ")")
    return (" && ".join(parts) or "''::tsquery"), params


def fts5_query(query) -> str:
    """The FTS5 query of a search: each English word quoted (as before), each run of Chinese the
    phrase of its bigrams (a prefix search for one character), each topic the OR of its names
    and its token. Nothing from the user reaches it but words and Han characters, quoted."""
    parsed = _parsed(query)
    words = [f'"{term}"' for term in query_terms(parsed.english)]
    if not parsed.bilingual:
        return " ".join(words)

    def phrase(run: str) -> str:
        return f'"{run}"*' if len(run) == 1 else '"' + " ".join(_pairs(run)) + '"'

    parts = [*words, *("(" + " OR ".join(phrase(run) for run in forms) + ")" for forms in parsed.chinese)]
    for topic in parsed.topics:
        options = [f'"{TOPIC_TOKEN}{topic.tag_id}"']
        for name in topic.names:
            english = " ".join(_LATIN_WORD.findall(name.english))
            pieces = ([f'"{english}"'] if english else []) + [phrase(run) for run in name.chinese]
            if pieces:
                options.append(pieces[0] if len(pieces) == 1 else "(" + " AND ".join(pieces) + ")")
        parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


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

# What the plan is made from, in one statement: the tsquery (QUERY: pg_tsquery's expression) as
# text, which the statements that find the candidates then read back; its indexable part as text
# (its lexemes joined by & (and), | (or), <-> or <N> (followed by); "T" when no part can be looked
# up, as for negations only; empty when the query has no lexeme, as for stop words only); the
# counts of the lexemes of that part (a prefix search counts as its exact lexeme); the indexed
# threads, in all and in the department; the tag's published threads; the oldest and newest
# publication times in the department or in all (two reads of a time index: the values reach
# PostgreSQL inline (psycopg2), so "NULL IS NULL OR …" is folded away when planned, and the
# department's time index serves when one is given).
_PG_PLAN_INPUTS = """
WITH query AS (SELECT QUERY AS q)
SELECT query.q::text, querytree(query.q),
       (SELECT json_object_agg(t.term, t.documents) FROM qa_searchterm t
        WHERE t.term = ANY(ARRAY(SELECT replace(m[1], '''''', '''')
                                 FROM regexp_matches(querytree(query.q), '''((?:[^'']|'''')*)''', 'g') AS m))),
       (SELECT sum(s.documents) FROM qa_searchdepartment s),
       (SELECT sum(s.documents) FROM qa_searchdepartment s WHERE s.department_id = %(department)s),
       (SELECT t.num_published FROM qa_tag t WHERE t.id = %(tag)s),
       (SELECT min(d.published_at) FROM qa_searchdocument d
        WHERE (%(department)s::integer IS NULL OR d.department_id = %(department)s)),
       (SELECT max(d.published_at) FROM qa_searchdocument d
        WHERE (%(department)s::integer IS NULL OR d.department_id = %(department)s))
FROM query
"""
_PG_TSQUERY = "SELECT (QUERY)::text"
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
    tsquery: str = ""  # the query's tsquery as text (pg_tsquery)


def _reader():
    """The connection that searches read: the one the project's router names for the index (a
    replica for an anonymous visitor's page when one is configured, docs/SCALING.md), else the
    default. Writes to the index always use the default connection."""
    return connections[router.db_for_read(SearchDocument)]


def pg_plan(query: str | ParsedQuery, department_id: int | None = None, tag_id: int | None = None) -> Plan:
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
    expression, params = pg_tsquery(query)
    with _reader().cursor() as cursor:
        cursor.execute(_PG_PLAN_INPUTS.replace("QUERY", expression),
                       {**params, "department": department_id, "tag": tag_id})
        tsquery, tree, counts, everything, in_department, tagged, oldest, newest = cursor.fetchone()
    tree = _parse_tree(tree)
    if tree is None:
        return Plan("index", empty=True, tsquery=tsquery)
    everything = everything or 0
    in_scope = (in_department or 0) if department_id is not None else everything
    if tag_id is not None:
        in_scope = (tagged or 0) * in_scope / everything if everything else 0
    shares = {term: documents / everything for term, documents in (counts or {}).items()}
    matches = _share(tree, shares) * in_scope
    if matches < WINDOW_MIN_MATCHES or oldest is None:
        return Plan("index", matches, in_scope, tsquery=tsquery)  # (also when nothing is counted)
    if CANDIDATES * in_scope <= RECENT_EXPECTED_ROWS * matches:
        return Plan("recent", matches, in_scope, tsquery=tsquery)
    return Plan("window", matches, in_scope, tsquery=tsquery,
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
    WHERE r.vector @@ %(tsquery)s::tsquery
    ORDER BY r.published_at DESC, r.question_id DESC
    LIMIT %(candidates)s
) c
ORDER BY ts_rank_cd(c.vector, %(tsquery)s::tsquery) DESC, c.question_id DESC
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
    WHERE d.vector @@ %(tsquery)s::tsquery SCOPE
), newest AS (
    SELECT m.question_id FROM matches m
    ORDER BY m.published_at DESC, m.question_id DESC
    LIMIT %(candidates)s
)
SELECT d.question_id FROM newest n JOIN qa_searchdocument d ON d.question_id = n.question_id
ORDER BY ts_rank_cd(d.vector, %(tsquery)s::tsquery) DESC, d.question_id DESC
"""
_PG_WINDOW = """
WITH matches AS MATERIALIZED (
    SELECT d.question_id, d.published_at FROM qa_searchdocument d
    WHERE d.vector @@ %(tsquery)s::tsquery AND d.published_at >= %(since)s SCOPE
), newest AS (
    SELECT m.question_id FROM matches m
    ORDER BY m.published_at DESC, m.question_id DESC
    LIMIT %(candidates)s
)
SELECT d.question_id FROM newest n JOIN qa_searchdocument d ON d.question_id = n.question_id
ORDER BY ts_rank_cd(d.vector, %(tsquery)s::tsquery) DESC, d.question_id DESC
"""

PG_STRATEGIES = {  # strategy -> (department given, tag given) -> the statement
    name: {scope: template.replace("SCOPE", filters) for scope, filters in _SCOPES.items()}
    for name, template in (("recent", _PG_RECENT), ("index", _PG_INDEX), ("window", _PG_WINDOW))
}


def pg_ranking_query(query: str | ParsedQuery, department_id=None, tag_id=None, *, strategy: str | None = None,
                     since=None, tsquery: str | None = None) -> tuple[str, dict, str]:
    """The statement that finds and ranks the candidates of a search, its parameters, and its
    strategy: ``strategy`` (with ``since`` for "window"), or the one ``pg_plan`` chooses.
    ``tsquery``: the query's tsquery as text, when known (``Plan.tsquery``)."""
    if strategy is None:
        plan = pg_plan(query, department_id, tag_id)
        strategy, since, tsquery = plan.strategy, plan.since, plan.tsquery
    if strategy == "window" and since is None:
        raise ValueError("the window strategy needs its start (since)")
    if tsquery is None:
        tsquery = pg_tsquery_text(query)
    params = {"tsquery": tsquery, "department": department_id, "tag": tag_id, "candidates": CANDIDATES,
              "scan": RECENT_SCAN_ROWS, "since": since}
    return PG_STRATEGIES[strategy][department_id is not None, tag_id is not None], params, strategy


def pg_tsquery_text(query: str | ParsedQuery) -> str:
    """The tsquery of a search as text, which ``%(tsquery)s::tsquery`` reads back unchanged."""
    expression, params = pg_tsquery(query)
    with _reader().cursor() as cursor:
        cursor.execute(_PG_TSQUERY.replace("QUERY", expression), params)
        return cursor.fetchone()[0]


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


def _pg_ranked_ids(query: str | ParsedQuery, department_id, tag_id) -> list[int]:
    """The newest matches (CANDIDATES at most), best first (``_pg_search``)."""
    return _pg_search(query, department_id, tag_id)[0]


def _pg_search(query: str | ParsedQuery, department_id, tag_id) -> tuple[list[int], str]:
    """The newest matches (CANDIDATES at most), best first, and the query's tsquery as text.

    The strategy ``pg_plan`` chooses runs first. When it finds fewer than CANDIDATES (fewer
    matches among the newest threads, or in the window, than expected) every match is looked up
    in the GIN index. The GIN lookups of one search share INDEX_TIMEOUT_MS, counted from its
    start (a statement_timeout): past it, the matches among the newest threads are shown, those
    the first strategy found (the walk, the window) or, if that was the one out of time, those
    of the walk of "recent"."""
    deadline = time.monotonic() + INDEX_TIMEOUT_MS / 1000
    query = _parsed(query)
    plan = pg_plan(query, department_id, tag_id)
    if plan.empty:
        return [], plan.tsquery
    tsquery = plan.tsquery or pg_tsquery_text(query)

    def run(strategy: str, since=None):
        sql, params, _ = pg_ranking_query(query, department_id, tag_id, strategy=strategy, since=since,
                                          tsquery=tsquery)
        if strategy == "recent":  # bounded by RECENT_SCAN_ROWS: no time limit
            return _pg_run(sql, params)
        return _pg_run(sql, params, limit_ms=(deadline - time.monotonic()) * 1000)

    found = run(plan.strategy, plan.since)
    if found is None:  # the GIN lookup ran out of time: the matches among the newest threads
        return run("recent"), tsquery
    if len(found) >= CANDIDATES or plan.strategy == "index":
        return found, tsquery  # enough, or every match
    everything = run("index")  # too few among the newest threads or in the window
    return (found if everything is None else everything), tsquery  # out of time: the newest matches found


_PG_HIGHLIGHTS = """
SELECT d.question_id,
       ts_headline('english', d.title, query.q, %(title_options)s),
       ts_headline('english', d.body || ' ' || d.answer, query.q, %(excerpt_options)s),
       d.body || E'\\n\\n' || d.answer
FROM qa_searchdocument d, (SELECT %(tsquery)s::tsquery AS q) query
WHERE d.question_id = ANY(%(ids)s)
"""
_MARKS = f"StartSel={START}, StopSel={STOP}"
_TITLE_OPTIONS = _MARKS + ", HighlightAll=true"
_EXCERPT_OPTIONS = _MARKS + ', MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "'


def _pg_highlights(tsquery: str, ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """Title and excerpt with the English matches marked, and the text, by thread."""
    with _reader().cursor() as cursor:
        cursor.execute(_PG_HIGHLIGHTS, {"title_options": _TITLE_OPTIONS, "excerpt_options": _EXCERPT_OPTIONS,
                                        "tsquery": tsquery, "ids": ids})
        return {row[0]: row[1:] for row in cursor.fetchall()}


def _sqlite_ranked_ids(match: str, department_id, tag_id) -> list[int]:
    """As on PostgreSQL: the ``CANDIDATES`` newest matches, best first (bm25, title first)."""
    where, params = _filters(department_id, tag_id, "d")
    sql = f"""
        SELECT c.rowid FROM (
            SELECT f.rowid, bm25(qa_search_fts, 10.0, 4.0, 1.0, 4.0) AS score
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


def _sqlite_highlights(match: str, ids: list[int], *, bilingual: bool) -> dict[int, tuple[str, str, str]]:
    """Title and excerpt with the matches marked, and the text, by thread. The excerpt is FTS5's
    best snippet; when ``segmented`` may match (``bilingual``), the better of the question's and
    the answer's, as the bigrams are no text to show."""
    marks = ", ".join(["%s"] * len(ids))
    snippet = "snippet(qa_search_fts, {column}, %s, %s, ' … ', 32)"
    sql = f"""
        SELECT f.rowid, highlight(qa_search_fts, 0, %s, %s), {snippet.format(column=-1)},
               {snippet.format(column=1)}, {snippet.format(column=2)}, d.body || char(10, 10) || d.answer
        FROM qa_search_fts f JOIN qa_searchdocument d ON d.question_id = f.rowid
        WHERE qa_search_fts MATCH %s AND f.rowid IN ({marks})
    """  # noqa: S608 - placeholders only
    with _reader().cursor() as cursor:
        cursor.execute(sql, [*[START, STOP] * 4, match, *ids])
        rows = cursor.fetchall()
    found = {}
    for pk, title, best, body, answer, text in rows:
        if bilingual:
            best = answer if answer.count(START) > body.count(START) else body
        found[pk] = (title, best, text)
    return found


# ---- Chinese in titles and excerpts ----------------------------------------------------------
# The engines mark English matches; Chinese matches (bigrams, which ts_headline and FTS5 do not
# show) are marked here, in the original text, where the Traditional form of the text holds a
# matched string (the conversion keeps every character's place).
EXCERPT_CHARS = 120  # the length of an excerpt cut around a Chinese match


def mark_chinese(text: str, strings: list[str]) -> str:
    """``text`` with every occurrence of ``strings`` (Traditional) between highlight markers,
    except inside a match already marked."""
    if not strings or not _HAN_RUN.search(text):
        return text
    traditional = han_form(text)
    hit = [False] * len(text)
    for string in filter(None, strings):
        start = traditional.find(string)
        while start >= 0:
            hit[start:start + len(string)] = [True] * len(string)
            start = traditional.find(string, start + len(string))
    out, inside, open_ = [], False, False
    for char, matched in zip(text, hit, strict=True):
        if char in (START, STOP):
            inside = char == START
        matched = matched and not inside
        if matched != open_:
            out.append(START if matched else STOP)
            open_ = matched
        out.append(char)
    if open_:
        out.append(STOP)
    return "".join(out)


def chinese_excerpt(text: str, strings: list[str]) -> str | None:
    """About EXCERPT_CHARS of ``text`` around its first occurrence of ``strings``; None if none."""
    traditional = han_form(text)
    places = [place for place in (traditional.find(s) for s in strings) if place >= 0]
    if not places:
        return None
    start = max(0, min(places) - EXCERPT_CHARS // 4)
    end = min(len(text), start + EXCERPT_CHARS)
    return ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")


def _with_chinese(title: str, excerpt: str, text: str, strings: list[str]) -> tuple[str, str]:
    """Title and excerpt with their Chinese matches marked. An excerpt without any, or too long
    (the engines count a run of Chinese as one word), is cut again around the first Chinese match
    of the text, if it has one, unless it shows English matches."""
    if not strings:
        return title, excerpt
    converted = han_form(excerpt)
    if not any(s in converted for s in strings) or (len(excerpt) > 2 * EXCERPT_CHARS and START not in excerpt):
        excerpt = chinese_excerpt(text, strings) or excerpt
    return mark_chinese(title, strings), mark_chinese(excerpt, strings)


def search_threads(raw_query: str | None, *, department=None, tag: Tag | None = None,
                   page: int | str | None = 1) -> SearchResults:
    """Published threads matching the query, best first, one page of them with highlights."""
    query = clean_query(raw_query)
    results = SearchResults(query=query)
    if not _LATIN_WORD.search(query) and not _HAN_RUN.search(query):
        return results
    parsed = parse_query(query)
    if parsed.empty:
        return results
    department_id = department.pk if department is not None else None
    tag_id = tag.pk if tag is not None else None
    if connection.vendor == "postgresql":
        ranked, tsquery = _pg_search(parsed, department_id, tag_id)
    else:
        match = fts5_query(parsed)
        ranked = _sqlite_ranked_ids(match, department_id, tag_id)
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
        marks = _pg_highlights(tsquery, ids)
    else:
        marks = _sqlite_highlights(match, ids, bilingual=parsed.bilingual)
    strings = parsed.chinese_strings()
    for pk in ids:
        if pk in questions:  # unpublished since it was indexed: never shown
            title, excerpt, text = marks.get(pk, (questions[pk].title, questions[pk].excerpt, ""))
            title, excerpt = _with_chinese(title, excerpt, text, strings)
            results.hits.append(Hit(questions[pk], _marked(title), _marked(plain_excerpt(excerpt))))
    return results
