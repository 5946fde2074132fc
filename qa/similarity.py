"""The precomputed "Similar Q&A" of each published thread: one ranking, used both by the refresh
after a publication and by the full rebuild (``rebuild_similar``).

Candidates: for each tag of the thread, the ``PER_TAG`` most recently published threads with that
tag; of those, the ``SHORTLIST`` sharing the most tags with it (ties: the most recent). Rank of the
shortlist: the number of shared tags, then text similarity (Jaccard overlap of the telling words of
title and question), then recency, then id. The work per thread is bounded whatever the size of
the archive, and every key is computed the same way on both paths, so a rebuild writes exactly the
rows the refreshes wrote (a test says so).

A ``Ranker`` remembers what it has read (each tag's recent threads, their tags and words): the
rebuild keeps one for the whole run and reads a batch of threads at a time, so each tag's list and
each candidate is read once; a refresh uses a fresh one.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Window
from django.db.models.functions import RowNumber

from qa import cache
from qa.lifecycle import published_q
from qa.models import Question, SimilarThread
from qa.selectors import keywords

LIMIT = 5
PER_TAG = 50
SHORTLIST = 50  # candidates compared by text, of those sharing the most tags
WORDS = 24  # telling words of a thread compared for text similarity


@dataclass(frozen=True, slots=True)
class _Thread:
    pk: int
    tags: frozenset[int]
    words: frozenset[int]  # numbers of words (Ranker._vocabulary): sets of ints intersect fastest
    published_at: object


class Ranker:
    def __init__(self) -> None:
        self._recent: dict[int, list[int]] = {}  # tag id -> its PER_TAG newest published threads
        self._pool: set[int] = set()  # every thread of those lists: the only possible candidates
        self._threads: dict[int, _Thread] = {}
        self._vocabulary: dict[str, int] = {}

    def _words(self, title: str, body: str) -> frozenset[int]:
        number = self._vocabulary.setdefault
        return frozenset(number(word, len(self._vocabulary)) for word in keywords(f"{title} {body}", limit=WORDS))

    def forget(self, pks: Iterable[int]) -> None:
        """Drop what was read about these threads unless they may be candidates (memory bound)."""
        for pk in pks:
            if pk not in self._pool:
                self._threads.pop(pk, None)

    def load(self, pks: Iterable[int]) -> None:
        """Read the tags and words of these threads (in chunks of 500) unless already read."""
        missing = [pk for pk in pks if pk not in self._threads]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            tags: dict[int, set[int]] = {pk: set() for pk in chunk}
            for question_id, tag_id in Question.tags.through.objects.filter(question_id__in=chunk).values_list(
                "question_id", "tag_id"
            ):
                tags[question_id].add(tag_id)
            for pk, title, body, published_at in Question.objects.filter(pk__in=chunk).values_list(
                "pk", "title", "body", "published_at"
            ):
                self._threads[pk] = _Thread(pk, frozenset(tags[pk]), self._words(title, body), published_at)

    def _load_recent(self, tag_ids: Iterable[int]) -> None:
        """Read the ``PER_TAG`` newest published threads of each of these tags (one query per 500
        tags: a window function numbers each tag's threads, newest first)."""
        missing = [tag_id for tag_id in dict.fromkeys(tag_ids) if tag_id not in self._recent]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            for tag_id in chunk:
                self._recent[tag_id] = []
            newest_first = Window(RowNumber(), partition_by=F("tag_id"),
                                  order_by=[F("question__published_at").desc(), F("question_id").desc()])
            rows = (
                Question.tags.through.objects.filter(published_q("question__"), tag_id__in=chunk)
                .annotate(n=newest_first).filter(n__lte=PER_TAG)
                .order_by("tag_id", "n").values_list("tag_id", "question_id")
            )
            for tag_id, question_id in rows:
                self._recent[tag_id].append(question_id)
                self._pool.add(question_id)

    def prepare(self, pks: Iterable[int]) -> None:
        """Read everything ranking these threads needs, in a few queries."""
        pks = list(pks)
        self.load(pks)
        self._load_recent(tag for pk in pks if pk in self._threads for tag in self._threads[pk].tags)
        self.load({c for pk in pks if pk in self._threads for tag in self._threads[pk].tags
                   for c in self._recent[tag]})

    def rank(self, pk: int) -> list[SimilarThread]:
        """The sidebar rows of published thread ``pk`` (unsaved), best first."""
        self.prepare([pk])
        mine = self._threads[pk]
        candidates = set().union(*(self._recent[tag] for tag in mine.tags))
        candidates.discard(pk)
        by_tags = heapq.nlargest(SHORTLIST, (
            (len(mine.tags & other.tags), other.published_at, other.pk, other)
            for other in map(self._threads.__getitem__, candidates)
        ))
        scored = []
        for shared_tags, published_at, other_pk, other in by_tags:
            shared_words = len(mine.words & other.words)
            all_words = len(mine.words) + len(other.words) - shared_words
            similarity = round(shared_words / all_words, 6) if all_words else 0.0
            scored.append((shared_tags, similarity, published_at, other_pk))
        return [
            SimilarThread(question_id=pk, similar_id=similar, rank=rank, shared_tags=shared, text_similarity=text)
            for rank, (shared, text, _, similar) in enumerate(heapq.nlargest(LIMIT, scored), start=1)
        ]


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
    cache.threads_changed({question.pk, *neighbours}, lists=False)


def rebuild_all(*, batch: int = 2000, progress=None) -> int:
    """Recompute every published thread's rows, in batches of one transaction each; returns rows."""
    ranker = Ranker()
    total = 0
    pks = list(Question.objects.published().order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch):
        chunk = pks[start:start + batch]
        ranker.prepare(chunk)
        rows = [row for pk in chunk for row in ranker.rank(pk)]
        ranker.forget(chunk)
        with transaction.atomic():
            SimilarThread.objects.filter(question_id__in=chunk).delete()
            SimilarThread.objects.bulk_create(rows, batch_size=5000)
        total += len(rows)
        if progress:
            progress(start + len(chunk), len(pks))
    # Rows of threads no longer published (a thread unpublished meanwhile) go too.
    SimilarThread.objects.filter(~published_q("question__")).delete()
    cache.archive_changed()
    return total
