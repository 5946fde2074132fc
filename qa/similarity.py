"""The precomputed "Similar Q&A" of each published thread: one ranking, used both by the refresh
after a publication and by the full rebuild (``rebuild_similar``).

**Score.** A thread shares tags with another; each shared tag counts by how rare it is (an inverse
document frequency, halved: ``1 + ln((N + 1) / (n + 1)) / 2`` for a tag on ``n`` of the ``N``
published threads), so sharing "Scabies" says more than sharing "Itchy skin", while sharing three
topics still usually says more than sharing one (halving keeps 97% of the best possible number of
shared topics on the benchmark corpus, against 95% with the whole logarithm). Ties go to a thread
written in the same language (a Chinese thread's readers read Chinese: of equally related threads
they are shown the Chinese ones first), then to text similarity (the Jaccard overlap of the telling
words of title and question), then to the most recent, then to the highest id.

**Candidates.** Every published thread sharing a rare tag (on at most ``FULL_LIST`` threads: its
list is read whole); of a common tag, its ``COMMON_TAKE`` most recent threads; and of each pair of
the thread's common tags, the ``PAIR_TAKE`` most recent threads carrying both (those share at
least two topics however old they are). The rare tags decide the ranking, and the work per thread
stays bounded at any size of the archive. Candidates are first scored by the tags they are known
to share from these lists; the ``SHORTLIST`` best are scored exactly from their own tags. Only
candidates sharing a tag are ever shown.

**Arrays.** Both steps work on numpy arrays (``_shortlist``, ``_best``): a thread's few thousand
candidates are counted with one sort instead of a dictionary update each, and its words are 1,024
bits in sixteen 64-bit numbers, compared by population counts: about a fifth of the CPU time of a
dictionary per thread (bench/analysis.md).

The same functions compute every key on both paths, so a rebuild writes exactly the rows the
refreshes wrote (a test says so). A ``Ranker`` remembers what it has read: a refresh reads only what
one thread needs; the rebuild's ``Archive`` reads every published thread's tags and words once into
arrays (by recency), makes every tag's list from them, and is shared by the forked workers.
"""

from __future__ import annotations

import io
import math
import multiprocessing
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import chain, combinations

import numpy as np
from django.db import connection, connections, transaction
from django.db.models import F, Window
from django.db.models.functions import RowNumber

from accounts.languages import Language
from qa import cache
from qa.lifecycle import PUBLIC, published_q
from qa.models import Question, SimilarThread, Tag
from qa.selectors import keywords

LIMIT = 5
FULL_LIST = 2000  # a tag on at most this many published threads is read whole
COMMON_TAKE = 500  # of a commoner tag, only its most recent threads are candidates
PAIR_TAKE = 100  # of two common tags together, the most recent threads carrying both
SHORTLIST = 50  # candidates with the best tag scores, compared by text
WORDS = 24  # telling words of a thread compared for text similarity
WORD_BITS = 1024  # words are compared as bits of a number (a few collisions in 24 words: negligible)
SCORE_UNIT = 1_000_000  # weights are counted in millionths: sums of integers are equal in any order

_LANES = WORD_BITS // 64  # a thread's word bits as this many 64-bit numbers
_LANGUAGES = {code: number for number, code in enumerate(Language.values)}  # a thread's language as a number
_NEVER = -(2**62)  # the recency of a thread without a publication time: older than any


def tag_weight(threads_with_tag: int, published: int) -> int:
    """How much sharing a tag on ``threads_with_tag`` of ``published`` threads counts, in millionths
    (always at least one whole)."""
    return round(SCORE_UNIT * (1.0 + math.log((published + 1) / (max(threads_with_tag, 0) + 1)) / 2))


def word_bits(title: str, body: str) -> int:
    """The telling words of a thread as bits of one number (a word's bit: its CRC-32)."""
    bits = 0
    for word in keywords(f"{title} {body}", limit=WORDS):
        bits |= 1 << (zlib.crc32(word.encode()) % WORD_BITS)
    return bits


def text_similarity(a: int, b: int) -> float:
    union = (a | b).bit_count()
    return round((a & b).bit_count() / union, 6) if union else 0.0


# text_similarity of every (shared bits, bits in either) a pair of threads can have (at most WORDS
# bits each): the arrays look the rounded value up, so it is exactly the one above.
_TEXT = np.array([[round(inter / union, 6) if union else 0.0 for union in range(2 * WORDS + 1)]
                  for inter in range(WORDS + 1)])


def _lanes(bits: int) -> bytes:
    """Word bits as the bytes of ``_LANES`` little-endian 64-bit numbers."""
    return bits.to_bytes(WORD_BITS // 8, "little")


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _when(published_at: datetime | None) -> int:
    """A publication time as an integer that orders as the times do (microseconds since 1970)."""
    if published_at is None:
        return _NEVER
    epoch = _EPOCH if published_at.tzinfo else _EPOCH.replace(tzinfo=None)
    return (published_at - epoch) // _MICROSECOND


def _shortlist(mine: int, lists: Sequence[np.ndarray], weights: Sequence[int], ids: np.ndarray,
               scores: np.ndarray, first: np.ndarray) -> np.ndarray:
    """The ``SHORTLIST`` candidates with the best scores from the tags they are known to share (ties:
    the highest id), thread ``mine`` left out, as indexes into ``ids`` (the threads' ids).

    ``lists[i]``: the indexes of the threads known to carry the thread's tag of weight
    ``weights[i]`` (one listed twice for a tag counts once). ``scores`` (zeros) and ``first`` are
    scratch arrays as long as ``ids``, left as they were found: no sort and no dictionary, so a
    thread's few thousand candidates take a few numpy operations.
    """
    every = np.concatenate(lists) if lists else np.empty(0, dtype=np.int64)
    if not len(every):
        return every
    for listed, weight in zip(lists, weights, strict=True):
        scores[listed] += weight  # a repeated index is added once: a tag counts once per candidate
    positions = np.arange(len(every))
    first[every] = positions  # one of the positions of each index...
    found = every[first[every] == positions]  # ...so each candidate once
    found = found[found != mine]
    found_scores = scores[found]
    scores[every] = 0
    if len(found) <= SHORTLIST:
        return found
    found_ids = ids[found]
    if found_ids.min() >= 0 and found_ids.max() < 2**32 and found_scores.max() < 2**30:  # one key
        return found[np.argpartition((found_scores << 32) | found_ids, len(found) - SHORTLIST)[-SHORTLIST:]]
    return found[np.lexsort((found_ids, found_scores))[-SHORTLIST:]]


@dataclass(frozen=True, slots=True)
class _Candidates:
    """The shortlisted threads' data as arrays: ids, tags (``flat[ptr[i]:ptr[i + 1]]``, sorted),
    word bits (one row of ``_LANES`` numbers each), recency (``_when``, or any key ordering the
    same way with the id) and language (``_LANGUAGES``)."""

    ids: np.ndarray
    ptr: np.ndarray
    flat: np.ndarray
    words: np.ndarray
    when: np.ndarray
    language: np.ndarray


def _best(tags: np.ndarray, weights: np.ndarray, words: np.ndarray, language: int,
          candidates: _Candidates) -> list[tuple[int, int, int, float]]:
    """The ``LIMIT`` best candidates of a thread with these (sorted) tags, their weights, these
    word bits and this language, as (similar id, rank, shared tags, text similarity): by the
    weights of the tags both carry, then the same language, then text similarity, then recency,
    then id."""
    if not len(candidates.ids) or not len(tags):
        return []
    flat, ptr = candidates.flat, candidates.ptr
    at = np.minimum(np.searchsorted(tags, flat), len(tags) - 1)
    shared = tags[at] == flat
    summed = np.concatenate(([0], np.cumsum(np.where(shared, weights[at], 0))))
    counted = np.concatenate(([0], np.cumsum(shared)))
    scores = summed[ptr[1:]] - summed[ptr[:-1]]
    counts = counted[ptr[1:]] - counted[ptr[:-1]]
    both = np.bitwise_count(candidates.words & words).sum(axis=1)
    either = np.bitwise_count(candidates.words | words).sum(axis=1)
    text = _TEXT[both, either]
    same_language = candidates.language == language
    best = np.lexsort((candidates.ids, candidates.when, text, same_language, scores))[: -LIMIT - 1: -1]
    return [
        (similar, rank, count, similarity)
        for rank, (similar, count, similarity) in enumerate(
            zip(candidates.ids[best].tolist(), counts[best].tolist(), text[best].tolist(), strict=True), start=1)
    ]


@dataclass(frozen=True, slots=True)
class _Thread:
    pk: int
    tags: tuple[int, ...]  # sorted
    words: bytes  # _lanes(word_bits)
    when: int  # _when(published_at)
    language: int  # _LANGUAGES


class Ranker:
    """Ranks threads, reading from the database what they need and remembering it (a refresh)."""

    def __init__(self) -> None:
        self._postings: dict[int, np.ndarray] = {}  # tag id -> candidates (newest first)
        self._common: dict[int, bool] = {}  # tag id -> on more than FULL_LIST threads
        self._weights: dict[int, int] = {}
        self._pairs: dict[tuple[int, int], np.ndarray] = {}  # two common tags -> newest threads with both
        self._published: int | None = None
        self._threads: dict[int, _Thread] = {}

    # --- Reading --------------------------------------------------------------------------

    def published(self) -> int:
        if self._published is None:
            self._published = Question.objects.published().count()
        return self._published

    def _read(self, queryset) -> None:
        """Read the tags and words of the published threads of ``queryset`` (chunked, values only)."""
        rows = list(queryset.values_list("pk", "title", "body", "published_at", "language"))
        for start in range(0, len(rows), 2000):
            chunk = rows[start:start + 2000]
            tags: dict[int, list[int]] = {row[0]: [] for row in chunk}
            for question_id, tag_id in Question.tags.through.objects.filter(
                question_id__in=list(tags)
            ).values_list("question_id", "tag_id"):
                tags[question_id].append(tag_id)
            for pk, title, body, published_at, language in chunk:
                self._threads[pk] = _Thread(pk, tuple(sorted(tags[pk])), _lanes(word_bits(title, body)),
                                            _when(published_at), _LANGUAGES.get(language, -1))

    def load(self, pks: Iterable[int]) -> None:
        """Read these threads unless already read."""
        missing = [pk for pk in pks if pk not in self._threads]
        for start in range(0, len(missing), 2000):
            self._read(Question.objects.filter(pk__in=missing[start:start + 2000]))

    def _load_postings(self, tag_ids: Iterable[int]) -> None:
        """Read each tag's candidates (one query per 500 tags: a window numbers each tag's threads,
        newest first) and its weight."""
        missing = [tag_id for tag_id in dict.fromkeys(tag_ids) if tag_id not in self._postings]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            sizes = dict(Tag.objects.filter(pk__in=chunk).values_list("pk", "num_published"))
            lists: dict[int, list[int]] = {tag_id: [] for tag_id in chunk}
            for tag_id in chunk:
                self._weights[tag_id] = tag_weight(sizes.get(tag_id, 0), self.published())
            newest_first = Window(RowNumber(), partition_by=F("tag_id"),
                                  order_by=[F("question__published_at").desc(), F("question_id").desc()])
            rows = (
                Question.tags.through.objects.filter(published_q("question__"), tag_id__in=chunk)
                .annotate(n=newest_first).filter(n__lte=FULL_LIST + 1)
                .order_by("tag_id", "n").values_list("tag_id", "question_id")
            )
            for tag_id, question_id in rows:
                lists[tag_id].append(question_id)
            for tag_id, pks in lists.items():
                self._common[tag_id] = len(pks) > FULL_LIST
                self._postings[tag_id] = np.array(pks[:COMMON_TAKE] if self._common[tag_id] else pks,
                                                  dtype=np.int64)

    def _pair(self, a: int, b: int) -> np.ndarray:
        """The ``PAIR_TAKE`` most recent published threads carrying both common tags."""
        key = (a, b) if a < b else (b, a)
        if key not in self._pairs:
            self._pairs[key] = np.array(
                Question.objects.published().filter(tags=a).filter(tags=b)
                .order_by("-published_at", "-pk").values_list("pk", flat=True)[:PAIR_TAKE], dtype=np.int64)
        return self._pairs[key]

    def prepare(self, pks: Iterable[int]) -> None:
        """Read the threads and the tag lists that ranking these threads needs."""
        pks = list(pks)
        self.load(pks)
        self._load_postings(tag for pk in pks if pk in self._threads for tag in self._threads[pk].tags)

    def _mine(self, pk: int) -> tuple[tuple[int, ...], np.ndarray, int]:
        """A thread's tags (sorted), word bits and language."""
        self.prepare([pk])
        thread = self._threads[pk]
        return thread.tags, np.frombuffer(thread.words, dtype="<u8"), thread.language

    def _candidates(self, ids: np.ndarray) -> _Candidates:
        self.load(ids.tolist())
        threads = [self._threads[pk] for pk in ids.tolist() if pk in self._threads]
        return _Candidates(
            ids=np.array([thread.pk for thread in threads], dtype=np.int64),
            ptr=np.cumsum([0, *(len(thread.tags) for thread in threads)], dtype=np.int64),
            flat=np.fromiter(chain.from_iterable(thread.tags for thread in threads), dtype=np.int64),
            words=np.frombuffer(b"".join(thread.words for thread in threads), dtype="<u8").reshape(-1, _LANES),
            when=np.array([thread.when for thread in threads], dtype=np.int64),
            language=np.array([thread.language for thread in threads], dtype=np.int64),
        )

    # --- Ranking --------------------------------------------------------------------------

    def _lists(self, tags: Sequence[int]) -> list[np.ndarray]:
        """For each tag of a thread, the candidates known to carry it: its list, plus, for a common
        tag, the threads of each pair of it with another of the thread's common tags (a thread in
        two of these counts once: ``_shortlist``)."""
        lists = [self._postings[tag] for tag in tags]
        common = [tag for tag in tags if self._common[tag]]
        if len(common) > 1:
            extra: dict[int, list[np.ndarray]] = {tag: [] for tag in common}
            for a, b in combinations(common, 2):
                both = self._pair(a, b)
                extra[a].append(both)
                extra[b].append(both)
            lists = [np.concatenate([listed, *extra[tag]]) if tag in extra else listed
                     for tag, listed in zip(tags, lists, strict=True)]
        return lists

    def _shortlisted(self, pk: int, lists: list[np.ndarray], weights: list[int]) -> np.ndarray:
        """``_shortlist`` of thread ``pk`` from lists of ids: the ids numbered from 0 first."""
        ids, where = np.unique(np.concatenate([*lists, [pk]]), return_inverse=True)
        local = np.split(where[:-1], np.cumsum([len(listed) for listed in lists])[:-1]) if lists else []
        found = _shortlist(int(where[-1]), local, weights, ids, np.zeros(len(ids), dtype=np.int64),
                           np.empty(len(ids), dtype=np.int64))
        return ids[found]

    def rank_rows(self, pk: int) -> list[tuple[int, int, int, int, float]]:
        """The sidebar of published thread ``pk`` as (question, similar, rank, shared tags, text
        similarity), best first."""
        tags, words, language = self._mine(pk)
        weights = [self._weights[tag] for tag in tags]
        shortlist = self._shortlisted(pk, self._lists(tags), weights)
        best = _best(np.array(tags, dtype=np.int64), np.array(weights, dtype=np.int64), words, language,
                     self._candidates(shortlist))
        return [(pk, similar, rank, shared, text) for similar, rank, shared, text in best]

    def rank(self, pk: int) -> list[SimilarThread]:
        """The sidebar rows of published thread ``pk`` (unsaved), best first."""
        return [
            SimilarThread(question_id=pk, similar_id=similar, rank=rank, shared_tags=shared, text_similarity=text)
            for _pk, similar, rank, shared, text in self.rank_rows(pk)
        ]


class Archive(Ranker):
    """The rebuild's ranker: every published thread read once into arrays, numbered by recency
    (0: the newest; ties: the highest id first), and every tag's list made from them (the lists
    ``Ranker`` reads, plus the full lists of common tags, for pairs), as those numbers. Nothing more
    is read while ranking, so forked workers share it.

    The telling words of every thread (the longest part of the reading: a regular expression over
    each text) are found by ``workers`` processes when more than one.
    """

    def __init__(self, *, workers: int = 1) -> None:
        super().__init__()
        pks, whens, languages = [], [], []
        for pk, published_at, language in (Question.objects.published().values_list("pk", "published_at", "language")
                                           .iterator(chunk_size=20000)):
            pks.append(pk)
            whens.append(_when(published_at))
            languages.append(_LANGUAGES.get(language, -1))
        pks, whens = np.array(pks, dtype=np.int64), np.array(whens, dtype=np.int64)
        order = np.lexsort((pks, whens))[::-1]  # newest first
        self.ids = pks[order]  # number -> id
        self._languages = np.array(languages, dtype=np.int64)[order]  # number -> language
        count = self._published = len(self.ids)
        self._index = np.full(int(self.ids.max(initial=0)) + 1, -1, dtype=np.int64)  # id -> number
        self._index[self.ids] = np.arange(count)
        self._scores = np.zeros(count, dtype=np.int64)  # _shortlist's scratch arrays
        self._first = np.empty(count, dtype=np.int64)

        pairs = np.fromiter(
            chain.from_iterable(Question.tags.through.objects.filter(published_q("question__"))
                                .values_list("question_id", "tag_id").iterator(chunk_size=50000)),
            dtype=np.int64).reshape(-1, 2)
        thread, tag = self._numbers(pairs[:, 0]), pairs[:, 1]
        thread, tag = thread[thread >= 0], tag[thread >= 0]  # published meanwhile: left out
        by_thread = np.lexsort((tag, thread))
        self._tags = tag[by_thread]  # each thread's tags, sorted: _tags[_ptr[n]:_ptr[n + 1]]
        self._ptr = np.concatenate(([0], np.cumsum(np.bincount(thread, minlength=count))))
        by_tag = np.lexsort((thread, tag))
        tag, thread = tag[by_tag], thread[by_tag]
        names, starts = np.unique(tag, return_index=True)
        ends = np.append(starts[1:], len(tag))[: len(starts)]
        sizes = dict(Tag.objects.values_list("pk", "num_published"))
        self._full: dict[int, np.ndarray] = {}  # common tag -> all its threads, newest first
        self._bits: dict[int, np.ndarray] = {}  # common tag -> its threads as bits of their numbers
        for tag_id, start, end in zip(names.tolist(), starts.tolist(), ends.tolist(), strict=True):
            newest = thread[start:end]
            self._common[tag_id] = common = len(newest) > FULL_LIST
            self._postings[tag_id] = newest[:COMMON_TAKE] if common else newest
            self._weights[tag_id] = tag_weight(sizes.get(tag_id, 0), count)
            if common:
                self._full[tag_id] = newest
                carries = np.zeros(count, dtype=bool)
                carries[newest] = True
                self._bits[tag_id] = np.packbits(carries, bitorder="little")

        self._words = np.zeros((count, _LANES), dtype=np.uint64)
        ascending = np.sort(self.ids).tolist()
        spans = [(ascending[start], ascending[min(start + 20000, count) - 1]) for start in range(0, count, 20000)]
        if workers > 1 and len(spans) > 1 and not connection.in_atomic_block:
            connections.close_all()  # each process opens its own
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for found in pool.imap_unordered(_words_between, spans):
                    self._place_words(*found)
        else:
            for span in spans:
                self._place_words(*_words_between(span))

    def _place_words(self, ids: bytes, lanes: bytes) -> None:
        numbers = self._numbers(np.frombuffer(ids, dtype=np.int64))
        words = np.frombuffer(lanes, dtype="<u8").reshape(-1, _LANES)
        self._words[numbers[numbers >= 0]] = words[numbers >= 0]

    def _numbers(self, ids: np.ndarray) -> np.ndarray:
        """The numbers of these thread ids (-1: not read)."""
        known = ids < len(self._index)
        return np.where(known, self._index[np.where(known, ids, 0)], -1)

    def threads(self) -> list[int]:
        """The ids of the threads read, ascending."""
        return np.sort(self.ids).tolist()

    def _pair(self, a: int, b: int) -> np.ndarray:
        """The ``PAIR_TAKE`` most recent threads carrying both common tags: the shorter list, newest
        first, is walked in blocks and looked up in the other's bits until enough are found."""
        key = (a, b) if a < b else (b, a)
        if key not in self._pairs:
            if len(self._full[a]) > len(self._full[b]):
                a, b = b, a
            walked, bits, found, total = self._full[a], self._bits[b], [], 0
            for start in range(0, len(walked), 4096):
                block = walked[start:start + 4096]
                block = block[((bits[block >> 3] >> (block & 7)) & 1).astype(bool)]
                found.append(block)
                total += len(block)
                if total >= PAIR_TAKE:
                    break
            self._pairs[key] = np.concatenate(found)[:PAIR_TAKE]
        return self._pairs[key]

    def _mine(self, pk: int) -> tuple[tuple[int, ...], np.ndarray, int]:
        number = int(self._index[pk])
        return (tuple(self._tags[self._ptr[number]:self._ptr[number + 1]].tolist()), self._words[number],
                int(self._languages[number]))

    def _shortlisted(self, pk: int, lists: list[np.ndarray], weights: list[int]) -> np.ndarray:
        return _shortlist(int(self._index[pk]), lists, weights, self.ids, self._scores, self._first)

    def _candidates(self, numbers: np.ndarray) -> _Candidates:
        starts, ends = self._ptr[numbers], self._ptr[numbers + 1]
        sizes = ends - starts
        ptr = np.concatenate(([0], np.cumsum(sizes)))
        flat = self._tags[np.repeat(starts - ptr[:-1], sizes) + np.arange(ptr[-1])]
        # Recency: a lower number is newer, and numbers already order threads of one time by id.
        return _Candidates(ids=self.ids[numbers], ptr=ptr, flat=flat, words=self._words[numbers], when=-numbers,
                           language=self._languages[numbers])


def _words_between(span: tuple[int, int]) -> tuple[bytes, bytes]:
    """The word bits (``_lanes``) of the published threads with ids from ``span[0]`` to ``span[1]``,
    and their ids (int64 bytes). In a worker process when the rebuild has several."""
    ids, lanes = [], []
    for pk, title, body in (Question.objects.published().filter(pk__gte=span[0], pk__lte=span[1])
                            .values_list("pk", "title", "body").iterator(chunk_size=5000)):
        ids.append(pk)
        lanes.append(_lanes(word_bits(title, body)))
    return np.array(ids, dtype=np.int64).tobytes(), b"".join(lanes)


# The threads sharing the most topics with a thread, by brute force: the yardstick of the ranking's
# relevance (a test and bench/ compare the rows written with it). Too slow for the pages.
_MOST_SHARED = """
SELECT count(*) FROM qa_question_tags mine
JOIN qa_question_tags theirs ON theirs.tag_id = mine.tag_id AND theirs.question_id <> mine.question_id
JOIN qa_question q ON q.id = theirs.question_id AND q.status = %s
WHERE mine.question_id = %s
GROUP BY theirs.question_id ORDER BY count(*) DESC LIMIT %s
"""


def most_shared_topics(pk: int, *, limit: int = LIMIT) -> list[int]:
    """How many topics each of the ``limit`` published threads sharing the most with thread ``pk``
    shares with it, most first: the best any ranking could show, by the number of shared topics."""
    with connection.cursor() as cursor:
        cursor.execute(_MOST_SHARED, [PUBLIC, pk, limit])
        return [row[0] for row in cursor.fetchall()]


@transaction.atomic
def refresh_similar(question: Question, ranker: Ranker | None = None) -> int:
    """Recompute one thread's sidebar rows (none unless it is published)."""
    SimilarThread.objects.filter(question=question).delete()
    if not Question.objects.published().filter(pk=question.pk).exists():
        return 0
    rows = (ranker or Ranker()).rank(question.pk)
    SimilarThread.objects.bulk_create(rows)
    return len(rows)


def refresh_similar_and_neighbours(question: Question) -> None:
    """Refresh the thread's sidebar and the sidebars of the threads that list it or that it lists.

    Other threads sharing a topic pick up a new thread at the next ``rebuild_similar`` (nightly).
    """
    ranker = Ranker()
    refresh_similar(question, ranker)
    neighbours = set(SimilarThread.objects.filter(question=question).values_list("similar_id", flat=True))
    neighbours |= set(SimilarThread.objects.filter(similar=question).values_list("question_id", flat=True))
    for neighbour in Question.objects.filter(pk__in=neighbours):
        refresh_similar(neighbour, ranker)
    # The rows changed after the publication's own stamp moved: these pages are stale again.
    cache.threads_changed({question.pk, *neighbours}, lists=False, bodies=False)  # only their sidebars


_COLUMNS = ("question", "similar", "rank", "shared_tags", "text_similarity")


def _write(chunk: list[int], rows: list[tuple[int, int, int, int, float]]) -> int:
    """Replace the rows of these threads by ``rows``, in one transaction; returns how many threads'
    rows changed. The rows already right stay as they are: a nightly rebuild of a quiet archive
    rewrites few (and leaves few dead rows behind). The others go in with ``COPY`` on PostgreSQL
    (about twice as fast as ``bulk_create`` for the database, and no model instances), elsewhere
    with ``bulk_create``."""
    with transaction.atomic():
        before: dict[int, list[tuple]] = {}
        for row in (SimilarThread.objects.filter(question_id__in=chunk).order_by("question_id", "rank")
                    .values_list(*_COLUMNS)):
            before.setdefault(row[0], []).append(row)
        after: dict[int, list[tuple]] = {}
        for row in rows:
            after.setdefault(row[0], []).append(row)
        changed = [pk for pk in chunk if before.get(pk, []) != after.get(pk, [])]
        if not changed:
            return 0
        SimilarThread.objects.filter(question_id__in=changed).delete()
        rows = [row for pk in changed for row in after.get(pk, ())]
        with connection.cursor() as cursor:
            copy = getattr(cursor.cursor, "copy_expert", None)  # psycopg2's
            if connection.vendor == "postgresql" and copy is not None:
                columns = ", ".join(connection.ops.quote_name(SimilarThread._meta.get_field(name).column)
                                    for name in _COLUMNS)
                data = io.StringIO("".join(f"{q}\t{s}\t{r}\t{n}\t{t!r}\n" for q, s, r, n, t in rows))
                copy(f"COPY {connection.ops.quote_name(SimilarThread._meta.db_table)} ({columns}) FROM STDIN", data)
                return len(changed)
        SimilarThread.objects.bulk_create(
            [SimilarThread(question_id=q, similar_id=s, rank=r, shared_tags=n, text_similarity=t)
             for q, s, r, n, t in rows], batch_size=5000)
        return len(changed)


_FORKED: Archive | None = None  # the rebuild's ranker, inherited by the worker processes


def _rank_and_write(chunk: list[int], ranker: Archive | None = None) -> tuple[int, int]:
    """Rank and write one batch (in a worker process: the forked ranker, its own database
    connection); returns the rows and the threads whose rows changed."""
    ranker = ranker or _FORKED
    rows = [row for pk in chunk for row in ranker.rank_rows(pk)]
    return len(rows), _write(chunk, rows)


def rebuild_all(*, batch: int = 5000, workers: int = 1, progress=None) -> int:
    """Recompute every published thread's rows, in batches of one transaction each; returns rows.

    Every published thread and tag list is read once (``Archive``), then the batches are ranked and
    written, by ``workers`` processes when more than one (forked after the reading, so they share
    what was read; each writes its batches through its own connection). Outside a transaction only.
    ``progress(threads done, threads, threads whose rows changed)`` after each batch.
    """
    global _FORKED
    parallel = workers > 1 and not connection.in_atomic_block
    archive = Archive(workers=workers if parallel else 1)
    pks = archive.threads()
    chunks = [pks[start:start + batch] for start in range(0, len(pks), batch)]
    total = done = changed = 0
    if parallel and len(chunks) > 1:
        _FORKED = archive
        connections.close_all()  # each process opens its own
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for chunk, (rows, rewritten) in zip(chunks, pool.imap(_rank_and_write, chunks), strict=True):
                    total, done, changed = total + rows, done + len(chunk), changed + rewritten
                    if progress:
                        progress(done, len(pks), changed)
        finally:
            _FORKED = None
    else:
        for chunk in chunks:
            rows, rewritten = _rank_and_write(chunk, archive)
            total, done, changed = total + rows, done + len(chunk), changed + rewritten
            if progress:
                progress(done, len(pks), changed)
    # Rows of threads no longer published (a thread unpublished meanwhile) go too.
    SimilarThread.objects.filter(~published_q("question__")).delete()
    cache.archive_changed(stored_pages=False)  # the sidebars, not what thread pages store
    return total
