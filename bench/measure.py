"""Benchmark measurements inside Django: the load plan, SQL queries per page, the time of the
similar-threads read and of search queries, and EXPLAIN ANALYZE of the key queries.

Usage (DATABASE_URL pointing at a corpus): python bench/measure.py OUT_DIR
Writes OUT_DIR/plan.json (paths for loadgen.py), OUT_DIR/measure.json and OUT_DIR/explain.txt.

``python bench/measure.py --search-only OUT_DIR``: only the in-process search timings, by group
(OUT_DIR/search.json), for a corpus loaded without the rest of the run (stored pages, Similar Q&A).
"""

from __future__ import annotations

import bisect
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from qa import search, selectors, similarity  # noqa: E402
from qa.models import Question, SimilarThread, Tag  # noqa: E402
from qa.pagination import encode_cursor  # noqa: E402

rng = random.Random(20261122)

# Searches of a corpus with a Chinese share (bench/generate_corpus.py --zh-share): disease names,
# the common words of many threads, lay words, Simplified spellings of Traditional names, and
# two-word mixes (Chinese with Chinese, and with English).
CHINESE_QUERIES = (
    "濕疹", "乾癬", "蕁麻疹", "帶狀皰疹", "灰指甲", "脂漏性皮膚炎", "癢", "脫皮",
    "痘痘", "風疹塊", "香港腳", "皮蛇",
    "湿疹", "荨麻疹",
    "濕疹 癢", "臉頰 痘痘", "eczema 癢", "acne 痘疤",
)
# Lay names of topics, which search expands into all the names of their topic (qa.models.TagAlias).
ALIAS_QUERIES = ("hives", "pimples", "zits", "welts", "青春痘", "雞皮膚")


def sample_ids(n: int) -> list[int]:
    top = Question.objects.published().order_by("-pk").values_list("pk", flat=True).first() or 0
    ids: set[int] = set()
    while len(ids) < n and top:
        batch = [rng.randint(1, top) for _ in range(n * 2)]
        ids.update(Question.objects.published().filter(pk__in=batch).values_list("pk", flat=True)[: n - len(ids)])
    return sorted(ids)


ZIPF_WARMUP_SECONDS = 40


def all_thread_paths() -> list[str]:
    """The address of every published thread (a million fit in memory), in id order."""
    rows = Question.objects.published().order_by("pk").values_list("pk", "slug").iterator(chunk_size=20_000)
    return [f"/questions/{pk}/{slug}/" for pk, slug in rows]


def zipf_draws(paths: list[str], n: int, s: float = 1.0) -> list[str]:
    """``n`` visits drawn with Zipf's law (exponent ``s``) over ``paths``, popularity unrelated to age:
    the thread of rank k is visited in proportion to 1/k**s."""
    ranked = paths[:]
    rng.shuffle(ranked)
    cumulative, total = [], 0.0
    for k in range(1, len(ranked) + 1):
        total += 1 / k**s
        cumulative.append(total)
    return [ranked[min(bisect.bisect_left(cumulative, rng.random() * total), len(ranked) - 1)] for _ in range(n)]


def signed_in_cookie() -> str:
    """The session cookie of a signed-in patient made for the benchmark (a real session)."""
    from importlib import import_module

    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model

    user, _ = get_user_model().objects.get_or_create(username="bench-visitor",
                                                     defaults={"email": "bench@example.invalid"})
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY], session[BACKEND_SESSION_KEY] = str(user.pk), "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def timed(fn, runs) -> dict:
    values = []
    for arg in runs:
        start = time.perf_counter()
        fn(arg)
        values.append((time.perf_counter() - start) * 1000)
    values.sort()
    return {"n": len(values), "p50_ms": statistics.median(values),
            "p95_ms": values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]}


def explain(qs_or_sql, params=None) -> str:
    """EXPLAIN ANALYZE of a queryset or SQL."""
    if hasattr(qs_or_sql, "query"):
        sql, params = qs_or_sql.query.sql_with_params()
    else:
        sql = qs_or_sql
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def has_chinese_share() -> bool:
    return Question.objects.published().filter(language="zh-hant").exists()


def search_queries(popular: list[Tag], rare: list[Tag], *, chinese: bool) -> dict[str, list[str]]:
    """The search mix by group: words of popular and of rare topics, pairs of them, and the whole
    mix ("all"); with a Chinese share, also the Chinese queries ("zh") and the aliases ("alias"),
    which are not part of "all" so that the English mix stays comparable with earlier runs."""
    words_common = [t.name.split()[0] for t in popular[:10]]
    words_rare = [t.name.split()[-1] for t in rare[:10]]
    multi = [f"{a} {b}" for a, b in zip(words_common, words_rare, strict=False)]
    groups = {"common": words_common, "rare": words_rare, "multi-word": multi,
              "all": words_common + words_rare + multi + ["itchy red rash", "\"red spots\" back", "acne -back"]}
    if chinese:
        groups["zh"], groups["alias"] = list(CHINESE_QUERIES), list(ALIAS_QUERIES)
    return groups


def search_paths(queries: list[str]) -> list[str]:
    return [f"/search/?{urlencode({'q': q})}" for q in queries]


def search_plan(groups: dict[str, list[str]]) -> dict[str, dict]:
    """The search page types of the load plan: the English mix as "search", the Chinese queries
    and the aliases (when measured) as "search zh" and "search alias"; each also with the page
    cache missed."""
    plan = {}
    for name, group in (("search", "all"), ("search zh", "zh"), ("search alias", "alias")):
        if group in groups:
            plan[name] = {"paths": search_paths(groups[group])}
            plan[f"{name} (page cache missed)"] = {"paths": plan[name]["paths"], "unique": True}
    return plan


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    threads = Question.objects.published().filter(pk__in=sample_ids(400)).select_related("department")
    thread_paths = [q.get_absolute_url() for q in threads]
    cursors = [encode_cursor(q) for q in threads[:20]]
    popular = list(Tag.objects.order_by("-num_published")[:20])
    rare = list(Tag.objects.filter(num_published__gt=0).order_by("num_published")[:20])
    groups = search_queries(popular, rare, chinese=has_chinese_share())
    words_common, words_rare, multi, queries = (groups[g] for g in ("common", "rare", "multi-word", "all"))
    searches = search_plan(groups)
    pages = {
        "trivial": ["/healthz"],
        "thread": thread_paths,
        "list": ["/questions/"] + [f"/questions/?before={c}" for c in cursors],
        "tag": [t.get_absolute_url() for t in popular + rare],
        "search": searches["search"]["paths"],
    }
    plan = {name: {"paths": paths} for name, paths in pages.items()}
    # The same pages, each request with its own query string: none is a page-cache hit (a thread
    # page still gets its body and sidebar fragments from the cache, as a signed-in visitor does).
    plan["thread (page cache missed)"] = {"paths": thread_paths, "unique": True}
    plan["search (page cache missed)"] = searches["search (page cache missed)"]
    plan["tag (page cache missed)"] = {"paths": pages["tag"], "unique": True}
    plan["deep list (page cache missed)"] = {"paths": pages["list"][1:], "unique": True}
    plan.update((name, spec) for name, spec in searches.items() if name not in plan)
    # The long tail, as visitors from search engines make it: over every published thread.
    everything = all_thread_paths()
    plan["thread, uniform, caches empty"] = {"paths": rng.sample(everything, min(len(everything), 60_000)),
                                             "sequence": True, "flush": True}
    plan["thread, Zipf s=1"] = {"paths": zipf_draws(everything, 400_000), "sequence": True, "flush": True,
                                "warmup": ZIPF_WARMUP_SECONDS}
    plan["thread, signed in"] = {"paths": rng.sample(everything, min(len(everything), 60_000)),
                                 "cookie": signed_in_cookie()}
    (out / "plan.json").write_text(json.dumps(plan, indent=1))

    client = Client(HTTP_HOST="127.0.0.1")
    query_counts = {}
    for name, spec in plan.items():
        if spec.get("cookie"):
            continue  # a signed-in visitor's page: session, user and notifications on top of the thread's
        counts = []
        for path in spec["paths"][:5]:
            cache.clear()
            with CaptureQueriesContext(connection) as ctx:
                client.get(path)
            counts.append(len(ctx.captured_queries))
        query_counts[name] = {"min": min(counts), "max": max(counts)}

    sampled = list(threads)
    sample, others = sampled[:300], sampled[300:]

    def read_similar(question):
        return list(selectors.similar_questions(question, limit=settings.QA_SIMILAR_LIMIT))

    for question in others:  # warm-up on other threads: code paths and index pages, not the rows timed
        read_similar(question)
    similar = timed(read_similar, sample)
    # The thread page rendered from nothing: every cache empty (page, body and sidebar fragments).
    renders = []
    for number, path in enumerate(thread_paths[:100]):
        cache.clear()
        start = time.perf_counter()
        client.get(f"{path}?cold={number}")
        renders.append((time.perf_counter() - start) * 1000)
    renders.sort()
    cold_render = {"n": len(renders), "p50_ms": statistics.median(renders),
                   "p95_ms": renders[min(len(renders) - 1, round(0.95 * (len(renders) - 1)))]}
    search_times = {
        "rare": timed(search.search_threads, words_rare * 3),
        "common": timed(search.search_threads, words_common * 3),
        "multi-word": timed(search.search_threads, multi * 3),
    }
    all_search = timed(search.search_threads, queries * 3)
    for group in ("zh", "alias"):
        if group in groups:
            search_times[group] = timed(search.search_threads, groups[group] * 3)

    # Similar Q&A relevance: how many topics the five shown share, against the best five possible.
    shown_total = best_total = 0
    for question in sample[:200]:
        shown_total += sum(SimilarThread.objects.filter(question=question).values_list("shared_tags", flat=True))
        best_total += sum(similarity.most_shared_topics(question.pk))
    relevance = {"n": min(200, len(sample)), "shown": shown_total, "best": best_total,
                 "ratio": shown_total / best_total if best_total else 1.0}

    q = sample[0]
    explains = {
        "similar-threads read": explain(
            SimilarThread.objects.filter(question=q).filter(selectors.published_q("similar__"))
            .select_related("similar__department").order_by("rank")[:5]
        ),
    }
    strategies = {}
    if connection.vendor == "postgresql":
        # The strategy each query of the mix starts with, and the plan of the first query of each.
        for text in queries:
            sql, params, strategy = search.pg_ranking_query(search.clean_query(text))
            strategies.setdefault(strategy, []).append(text)
            if len(strategies[strategy]) == 1:
                explains[f"search, strategy {strategy} ({text!r})"] = explain(sql, params)
    (out / "explain.txt").write_text("\n\n".join(f"## {k}\n{v}" for k, v in explains.items()))
    result = {
        "threads": Question.objects.published().count(),
        "tags": Tag.objects.count(),
        "vendor": connection.vendor,
        "queries_per_page": query_counts,
        "similar_read": similar,
        "similar_relevance": relevance,
        "thread_render_cold": cold_render,
        "search": {**search_times, "all": all_search},
        "search_strategies": strategies,
    }
    (out / "measure.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


def search_only(out: Path) -> None:
    """The search timings of ``main`` alone: each group's queries three times, in process."""
    out.mkdir(parents=True, exist_ok=True)
    popular = list(Tag.objects.order_by("-num_published")[:20])
    rare = list(Tag.objects.filter(num_published__gt=0).order_by("num_published")[:20])
    groups = search_queries(popular, rare, chinese=has_chinese_share())
    search.search_threads("warm-up")  # the first search of a process loads OpenCC's dictionaries
    result = {
        "threads": Question.objects.published().count(),
        "chinese_threads": Question.objects.published().filter(language="zh-hant").count(),
        "vendor": connection.vendor,
        "search": {name: timed(search.search_threads, queries * 3) for name, queries in groups.items()},
        "results_per_query": {q: search.search_threads(q).total
                              for q in groups.get("zh", []) + groups.get("alias", [])},
    }
    (out / "search.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "--search-only":
        search_only(Path(sys.argv[2]))
    else:
        main(Path(sys.argv[1]))
