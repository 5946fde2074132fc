"""The precomputed "Similar Q&A" of each published thread: one ranking, used both by the refresh
after a publication and by the full rebuild (``rebuild_similar``).

**Score.** A thread shares tags with another; each shared tag counts by how rare it is (an inverse
document frequency, halved: ``1 + ln((N + 1) / (n + 1)) / 2`` for a tag on ``n`` of the ``N``
published threads), so sharing "Scabies" says more than sharing "Itchy skin", while sharing three
topics still usually says more than sharing one (halving keeps 97% of the best possible number of
shared topics on the benchmark corpus, against 95% with the whole logarithm). Ties go to text similarity
(the Jaccard overlap of the telling words of title and question), then to the most recent, then
to the highest id.

**Candidates.** Every published thread sharing a rare tag (on at most ``FULL_LIST`` threads: its
list is read whole); of a common tag, its ``COMMON_TAKE`` most recent threads; and of each pair of
the thread's common tags, the ``PAIR_TAKE`` most recent threads carrying both (those share at
least two topics however old they are). The rare tags decide the ranking, and the work per thread
stays bounded at any size of the archive. Candidates are first scored by the tags they are known
to share from these lists; the ``SHORTLIST`` best are scored exactly from their own tags. Only
candidates sharing a tag are ever shown.

The same functions compute every key on both paths, so a rebuild writes exactly the rows the
refreshes wrote (a test says so). A ``Ranker`` remembers what it has read: the rebuild reads every
published thread's tags and words once, and each tag's list once; a refresh reads only what one
thread needs.
"""

from __future__ import annotations

import heapq
import math
import multiprocessing
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from operator import itemgetter

from django.db import connection, connections, transaction
from django.db.models import F, Window
from django.db.models.functions import RowNumber

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


_BY_SCORE_THEN_ID = itemgetter(1, 0)  # of a (pk, score) item


@dataclass(frozen=True, slots=True)
class _Thread:
    pk: int
    tags: tuple[int, ...]  # sorted
    words: int
    published_at: object


class Ranker:
    def __init__(self) -> None:
        self._postings: dict[int, list[int]] = {}  # tag id -> candidates (newest first)
        self._common: dict[int, bool] = {}  # tag id -> on more than FULL_LIST threads
        self._weights: dict[int, int] = {}
        self._pairs: dict[tuple[int, int], list[int]] = {}  # two common tags -> newest threads with both
        self._everything: dict[int, set[int]] | None = None  # the rebuild's full lists of common tags
        self._published: int | None = None
        self._threads: dict[int, _Thread] = {}

    # --- Reading --------------------------------------------------------------------------

    def threads(self) -> Iterable[int]:
        """The threads read so far."""
        return self._threads.keys()

    def published(self) -> int:
        if self._published is None:
            self._published = Question.objects.published().count()
        return self._published

    def _read(self, queryset) -> None:
        """Read the tags and words of the published threads of ``queryset`` (chunked, values only)."""
        rows = list(queryset.values_list("pk", "title", "body", "published_at"))
        for start in range(0, len(rows), 2000):
            chunk = rows[start:start + 2000]
            tags: dict[int, list[int]] = {row[0]: [] for row in chunk}
            for question_id, tag_id in Question.tags.through.objects.filter(
                question_id__in=list(tags)
            ).values_list("question_id", "tag_id"):
                tags[question_id].append(tag_id)
            for pk, title, body, published_at in chunk:
                self._threads[pk] = _Thread(pk, tuple(sorted(tags[pk])), word_bits(title, body), published_at)

    def load(self, pks: Iterable[int]) -> None:
        """Read these threads unless already read."""
        missing = [pk for pk in pks if pk not in self._threads]
        for start in range(0, len(missing), 2000):
            self._read(Question.objects.filter(pk__in=missing[start:start + 2000]))

    def load_all(self) -> None:
        """Read every published thread (the rebuild): a few queries per 2,000 threads."""
        last = 0
        while True:
            pks = list(Question.objects.published().filter(pk__gt=last).order_by("pk")
                       .values_list("pk", flat=True)[:20000])
            if not pks:
                return
            self.load(pks)
            last = pks[-1]

    def _load_postings(self, tag_ids: Iterable[int]) -> None:
        """Read each tag's candidates (one query per 500 tags: a window numbers each tag's threads,
        newest first) and its weight."""
        missing = [tag_id for tag_id in dict.fromkeys(tag_ids) if tag_id not in self._postings]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            sizes = dict(Tag.objects.filter(pk__in=chunk).values_list("pk", "num_published"))
            for tag_id in chunk:
                self._postings[tag_id] = []
                self._weights[tag_id] = tag_weight(sizes.get(tag_id, 0), self.published())
            newest_first = Window(RowNumber(), partition_by=F("tag_id"),
                                  order_by=[F("question__published_at").desc(), F("question_id").desc()])
            rows = (
                Question.tags.through.objects.filter(published_q("question__"), tag_id__in=chunk)
                .annotate(n=newest_first).filter(n__lte=FULL_LIST + 1)
                .order_by("tag_id", "n").values_list("tag_id", "question_id")
            )
            for tag_id, question_id in rows:
                self._postings[tag_id].append(question_id)
            for tag_id in chunk:
                self._common[tag_id] = len(self._postings[tag_id]) > FULL_LIST
                if self._common[tag_id]:  # its newest threads only
                    del self._postings[tag_id][COMMON_TAKE:]

    def load_everything(self) -> None:
        """The rebuild: read every published thread, and make every tag's list from what was read
        (the same lists ``_load_postings`` reads, plus the full lists of common tags, for pairs)."""
        self.load_all()
        weights = dict(Tag.objects.values_list("pk", "num_published"))
        lists: dict[int, list[int]] = {}
        for thread in self._threads.values():
            for tag in thread.tags:
                lists.setdefault(tag, []).append(thread.pk)
        self._everything = {}
        for tag, pks in lists.items():
            pks.sort(key=lambda pk: (self._threads[pk].published_at, pk), reverse=True)
            self._common[tag] = len(pks) > FULL_LIST
            self._postings[tag] = pks[:COMMON_TAKE] if self._common[tag] else pks
            self._weights[tag] = tag_weight(weights.get(tag, 0), self.published())
            if self._common[tag]:
                self._everything[tag] = set(pks)

    def _pair(self, a: int, b: int) -> list[int]:
        """The ``PAIR_TAKE`` most recent published threads carrying both common tags."""
        key = (a, b) if a < b else (b, a)
        if key not in self._pairs:
            if self._everything is not None:
                both = self._everything[a] & self._everything[b]
                found = heapq.nlargest(PAIR_TAKE, both, key=lambda pk: (self._threads[pk].published_at, pk))
            else:
                found = list(Question.objects.published().filter(tags=a).filter(tags=b)
                             .order_by("-published_at", "-pk").values_list("pk", flat=True)[:PAIR_TAKE])
            self._pairs[key] = found
        return self._pairs[key]

    def prepare(self, pks: Iterable[int]) -> None:
        """Read the threads and the tag lists that ranking these threads needs."""
        pks = list(pks)
        self.load(pks)
        self._load_postings(tag for pk in pks if pk in self._threads for tag in self._threads[pk].tags)

    # --- Ranking --------------------------------------------------------------------------

    def _score(self, mine: _Thread, other: _Thread) -> int:
        """The exact score: the weights of the tags both threads carry."""
        return sum(self._weights[tag] for tag in mine.tags if tag in other.tags)

    def _shortlist(self, mine: _Thread) -> list[int]:
        """The ``SHORTLIST`` candidates with the best scores from the tags they are known to share
        from the lists read (ties: the highest id)."""
        scores: dict[int, int] = {}
        get = scores.get
        for tag in mine.tags:
            weight = self._weights[tag]
            for other in self._postings[tag]:
                scores[other] = get(other, 0) + weight
        common = [tag for tag in mine.tags if self._common[tag]]
        if len(common) > 1:
            listed = {tag: set(self._postings[tag]) for tag in common}
            added: dict[int, set[int]] = {}
            for a, b in combinations(common, 2):
                for other in self._pair(a, b):
                    for tag in (a, b):
                        if other not in listed[tag] and tag not in added.setdefault(other, set()):
                            added[other].add(tag)
                            scores[other] = get(other, 0) + self._weights[tag]
        scores.pop(mine.pk, None)
        return [pk for pk, _score in heapq.nlargest(SHORTLIST, scores.items(), key=_BY_SCORE_THEN_ID)]

    def rank(self, pk: int) -> list[SimilarThread]:
        """The sidebar rows of published thread ``pk`` (unsaved), best first."""
        self.prepare([pk])
        mine = self._threads[pk]
        shortlist = self._shortlist(mine)
        self.load(shortlist)
        scored = []
        for other in map(self._threads.__getitem__, shortlist):
            scored.append((self._score(mine, other), text_similarity(mine.words, other.words), other.published_at,
                           other.pk, len(set(mine.tags).intersection(other.tags))))
        return [
            SimilarThread(question_id=pk, similar_id=similar, rank=rank, shared_tags=shared, text_similarity=text)
            for rank, (_score, text, _, similar, shared) in enumerate(heapq.nlargest(LIMIT, scored), start=1)
        ]


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


def _write(chunk: list[int], rows: list[SimilarThread]) -> None:
    with transaction.atomic():
        SimilarThread.objects.filter(question_id__in=chunk).delete()
        SimilarThread.objects.bulk_create(rows, batch_size=5000)


_FORKED: Ranker | None = None  # the rebuild's ranker, inherited by the worker processes


def _rank_and_write(chunk: list[int]) -> int:
    """In a worker process: rank and write one batch (its own database connection)."""
    rows = [row for pk in chunk for row in _FORKED.rank(pk)]
    _write(chunk, rows)
    return len(rows)


def rebuild_all(*, batch: int = 5000, workers: int = 1, progress=None) -> int:
    """Recompute every published thread's rows, in batches of one transaction each; returns rows.

    Every published thread and tag list is read once, then the batches are ranked and written, by
    ``workers`` processes when more than one (forked after the reading, so they share what was read;
    each writes its batches through its own connection). Outside a transaction only.
    """
    global _FORKED
    ranker = Ranker()
    ranker.load_everything()
    pks = sorted(ranker.threads())
    chunks = [pks[start:start + batch] for start in range(0, len(pks), batch)]
    total = done = 0
    if workers > 1 and len(chunks) > 1 and not connection.in_atomic_block:
        _FORKED = ranker
        connections.close_all()  # each process opens its own
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for chunk, rows in zip(chunks, pool.imap(_rank_and_write, chunks), strict=True):
                    total, done = total + rows, done + len(chunk)
                    if progress:
                        progress(done, len(pks))
        finally:
            _FORKED = None
    else:
        for chunk in chunks:
            rows = [row for pk in chunk for row in ranker.rank(pk)]
            _write(chunk, rows)
            total, done = total + len(rows), done + len(chunk)
            if progress:
                progress(done, len(pks))
    # Rows of threads no longer published (a thread unpublished meanwhile) go too.
    SimilarThread.objects.filter(~published_q("question__")).delete()
    cache.archive_changed(stored_pages=False)  # the sidebars, not what thread pages store
    return total
