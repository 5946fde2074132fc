"""PostgreSQL's three ways of finding search candidates (qa.search.pg_ranking_query) agree, the
fallbacks between them work, and a search that runs past its time limit still answers."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from qa import search
from qa.models import Question
from tests import factories as f

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the search plans are PostgreSQL's"),
]


@pytest.fixture
def threads():
    """12 threads, newest first; the word 'burrow' only in the 3rd, 7th, 9th, 10th and 11th."""
    now = timezone.now()
    made = []
    for n in range(12):
        body = "Tiny burrows between my fingers." if n in {2, 6, 8, 9, 10} else "Dry patches on my elbows."
        made.append(f.thread(tags=["scabies"], title=f"Thread {n}", body=body,
                             published_at=now - timedelta(days=n)))
    return made


def ranked(query, strategy, since=None):
    sql, params, used = search.pg_ranking_query(query, strategy=strategy, since=since)
    assert used == strategy
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def test_every_strategy_ranks_the_same_newest_matches(threads, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 3)
    newest_three = {threads[n].pk for n in (2, 6, 8)}
    for strategy in ("index", "recent"):
        assert set(ranked("burrow", strategy)) == newest_three, strategy
    # The window of the 10 newest threads holds 4 matches: its newest three are everyone's.
    assert set(ranked("burrow", "window", since=threads[9].published_at)) == newest_three


def test_a_window_with_too_few_matches_falls_back_to_every_match(threads, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 3)
    newest_three = {threads[n].pk for n in (2, 6, 8)}
    used = []
    real = search.pg_ranking_query

    def recording(*args, **kwargs):
        sql, params, strategy = real(*args, **kwargs)
        used.append(strategy)
        return sql, params, strategy

    monkeypatch.setattr(search, "pg_ranking_query", recording)
    monkeypatch.setattr(search, "_pg_choose", lambda *args: ("window", threads[9].published_at))
    assert set(search._pg_ranked_ids("burrow", None, None)) == newest_three
    assert used == ["window"]  # enough matches in the window: nothing else ran

    used.clear()  # the 4 newest threads hold one match: everything is searched
    monkeypatch.setattr(search, "_pg_choose", lambda *args: ("window", threads[3].published_at))
    assert set(search._pg_ranked_ids("burrow", None, None)) == newest_three
    assert used == ["window", "index"]


def test_the_window_starts_where_the_statistics_put_that_share_of_threads(threads):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE qa_searchdocument")
    oldest, newest = threads[-1].published_at, threads[0].published_at
    assert search._pg_window_start(1.0) == oldest
    assert search._pg_window_start(0.0) == newest
    assert threads[8].published_at <= search._pg_window_start(0.5) <= threads[3].published_at


@pytest.mark.parametrize(("matches", "strategy"), [
    (200_000, "recent"),  # 20 % of the threads: the newest 20,000 hold plenty
    (5_000, "window"),  # 0.5 %: too rare for the walk, too many to read every match
    (500, "index"),  # rare: reading every match is cheap
])
def test_the_strategy_follows_the_estimated_number_of_matches(threads, monkeypatch, matches, strategy):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE qa_searchdocument")
    estimates = iter([1_000_000, matches])  # threads in scope, then threads matching
    monkeypatch.setattr(search, "_pg_estimate", lambda sql, params: next(estimates))
    chosen, since = search._pg_choose("burrow", "", [])
    assert chosen == strategy
    assert (since is not None) == (strategy == "window")


def test_the_newest_first_window_falls_back_to_every_match(threads, monkeypatch):
    # The 4 newest threads hold 1 match; 3 are wanted: the GIN search of everything finds them.
    monkeypatch.setattr(search, "CANDIDATES", 3)
    monkeypatch.setattr(search, "RECENT_SCAN_ROWS", 4)
    assert ranked("burrow", "recent") == [threads[2].pk]
    monkeypatch.setattr(search, "pg_ranking_query", _forcing(search.pg_ranking_query, "recent"))
    assert set(search._pg_ranked_ids("burrow", None, None)) == {threads[n].pk for n in (2, 6, 8)}


def test_a_search_past_its_time_limit_shows_the_newest_matches_and_breaks_nothing(threads, monkeypatch):
    monkeypatch.setattr(search, "RECENT_SCAN_ROWS", 7)
    real = search.pg_ranking_query

    def slow_index(query, department_id=None, tag_id=None, *, strategy=None):
        if strategy in (None, "index"):
            return "SELECT 1 FROM pg_sleep(2)", [], "index"
        return real(query, department_id, tag_id, strategy=strategy)

    monkeypatch.setattr(search, "pg_ranking_query", slow_index)
    monkeypatch.setattr(search, "INDEX_TIMEOUT_MS", 50)
    # The GIN search is cancelled; the matches among the 7 newest threads are shown instead.
    assert set(search._pg_ranked_ids("burrow", None, None)) == {threads[2].pk, threads[6].pk}
    assert Question.objects.published().count() == 12  # the connection is still usable
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"  # the limit did not outlive the search
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"


def test_gin_searches_of_one_query_share_one_time_limit(threads, monkeypatch):
    monkeypatch.setattr(search, "RECENT_SCAN_ROWS", 7)
    monkeypatch.setattr(search, "INDEX_TIMEOUT_MS", 50)
    monkeypatch.setattr(search, "_pg_choose", lambda *args: ("window", threads[9].published_at))
    real, used = search.pg_ranking_query, []

    def slow_gin(query, department_id=None, tag_id=None, *, strategy=None):
        sql, params, chosen = real(query, department_id, tag_id, strategy=strategy)
        used.append(chosen)
        return ("SELECT 1 FROM pg_sleep(2)", [], chosen) if chosen != "recent" else (sql, params, chosen)

    monkeypatch.setattr(search, "pg_ranking_query", slow_gin)
    # The window search is cancelled; searching everything would be too, so it is not tried.
    assert set(search._pg_ranked_ids("burrow", None, None)) == {threads[2].pk, threads[6].pk}
    assert used == ["window", "recent"]


def test_the_page_shows_results_whichever_plan_is_chosen(client, threads, monkeypatch):
    for strategy, words in (("index", "burrows"), ("recent", "tiny burrows")):  # two pages: no cache hit
        monkeypatch.setattr(search, "pg_ranking_query", _forcing(search.pg_ranking_query, strategy))
        page = client.get("/search/", {"q": words}).content.decode()
        assert "Thread 2" in page and "Thread 10" in page and "Thread 0<" not in page
        monkeypatch.undo()


def _forcing(real, default):
    """``pg_ranking_query`` choosing ``default`` unless a strategy is asked for."""
    def forced(query, department_id=None, tag_id=None, *, strategy=None):
        return real(query, department_id, tag_id, strategy=strategy or default)
    return forced
