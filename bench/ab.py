"""In-process A/B timings of the main page types, to compare two checkouts on one machine.

Run from a checkout (its directory as the current one) with DATABASE_URL set to a loaded corpus,
DJANGO_DEBUG=0, REDIS_URL and collectstatic done; prints one JSON line of medians in milliseconds::

    cd <checkout> && .venv/bin/python <this repository>/bench/ab.py

Take turns between the checkouts for a few rounds (bench/analysis.md, "Before and after the
restructuring", shows the results and how they were made). Only the Django test client is used, so
the script runs against any version of the code that has these pages.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time


def main() -> None:
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.cache import cache
    from django.test import Client

    from qa import selectors
    from qa.models import Question, Tag

    pks = list(Question.objects.filter(status="answered").order_by("pk").values_list("pk", flat=True))
    sample = [Question.objects.get(pk=pks[i]) for i in range(0, len(pks), max(1, len(pks) // 40))][:40]
    tags = [*Tag.objects.order_by("-num_published")[:10],
            *Tag.objects.filter(num_published__gt=0).order_by("num_published")[:10]]
    searches = ["itchy", "acne", "red rash", "scalp", "mole", "eczema baby", "nail", "hives"] * 3
    client = Client(HTTP_HOST="127.0.0.1")
    results = {}

    def get(path: str) -> None:
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code}")

    def run(name: str, items, fn, *, clear: bool = True) -> None:
        times = []
        for item in items:
            if clear:
                cache.clear()
            start = time.perf_counter()
            fn(item)
            times.append((time.perf_counter() - start) * 1000)
        results[name] = round(statistics.median(times), 2)

    for question in sample[:5]:  # warm the code paths
        get(question.get_absolute_url())
    run("thread cold", sample, lambda q: get(q.get_absolute_url()))
    for question in sample:
        get(question.get_absolute_url())
    run("thread page-cache hit", sample, lambda q: get(q.get_absolute_url()), clear=False)
    run("list cold", range(20), lambda _: get("/questions/"))
    run("tag cold", tags, lambda tag: get(f"/tags/{tag.slug}/"))
    run("search cold", searches, lambda q: get(f"/search/?q={q}"))
    run("home cold", range(20), lambda _: get("/"))
    run("similar read", sample, lambda q: selectors.similar_questions(q, limit=5), clear=False)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
