"""The topic page rendered in-process with the page cache missed: CPU per page, or a cProfile.

    DATABASE_URL=postgres://… .venv/bin/python bench/topic_profile.py --renders 200
    DATABASE_URL=postgres://… .venv/bin/python bench/topic_profile.py --profile /tmp/topic.prof

Run from the root of the checkout to measure (any checkout: an earlier commit's tree measured with
the same corpus gives the "before"). Each request goes through the whole middleware as an anonymous
visitor's, with a session cookie of no session as bench/loadgen.py sends for "page cache missed":
the page cache is skipped, the other caches stay warm (the first requests warm them). Pages: the
most popular topic and a few rare ones, in English and under /zh-hant/. Prints one JSON line per
path: the median, lower and upper quartile of the CPU milliseconds (``time.process_time``) per
request, and the number of SQL queries of one such request.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-topic-profile-not-secret")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from qa.models import Tag  # noqa: E402


def topic_paths(rare: int) -> list[str]:
    topics = list(Tag.objects.filter(num_published__gt=0).order_by("-num_published", "pk")[:1])
    topics += list(Tag.objects.filter(num_published__gt=0).order_by("num_published", "pk")[:rare])
    return [prefix + f"/tags/{t.slug}/" for t in topics for prefix in ("", "/zh-hant")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renders", type=int, default=100, help="timed requests per path")
    parser.add_argument("--rare", type=int, default=2, help="rare topics beside the most popular one")
    parser.add_argument("--paths", nargs="*", help="these paths instead")
    parser.add_argument("--profile", help="write a cProfile of all the timed requests to this file")
    parser.add_argument("--html", help="write each path's page into this folder (to compare versions)")
    args = parser.parse_args()

    paths = args.paths or topic_paths(args.rare)
    client = Client(HTTP_HOST="127.0.0.1")
    counter = iter(range(10**9))

    def get(path):
        client.cookies["sessionid"] = f"bench-{next(counter)}"  # of no session: the page cache is skipped
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return response

    for path in paths:  # warm: stamps, stored cards, the process's remembered paths
        for _ in range(3):
            get(path)
    if args.html:
        folder = Path(args.html)
        folder.mkdir(parents=True, exist_ok=True)
        for path in paths:
            (folder / (path.strip("/").replace("/", "_") + ".html")).write_bytes(get(path).content)

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    times: dict[str, list[float]] = {path: [] for path in paths}
    for _ in range(args.renders):
        for path in paths:  # paths take turns, so a load on the machine weighs on each alike
            if profiler:
                profiler.enable()
            start = time.process_time()
            get(path)
            times[path].append((time.process_time() - start) * 1000)
            if profiler:
                profiler.disable()
    if profiler:
        profiler.dump_stats(args.profile)
    for path in paths:
        with CaptureQueriesContext(connection) as ctx:
            get(path)
        q1, median, q3 = statistics.quantiles(times[path], n=4)
        print(json.dumps({"path": path, "cpu_ms_median": round(median, 3), "q1": round(q1, 3), "q3": round(q3, 3),
                          "renders": len(times[path]), "queries": len(ctx.captured_queries)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
