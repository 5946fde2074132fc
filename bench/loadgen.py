"""A small closed-loop HTTP load generator for the benchmark (loopback only, bounded in time).

Each of --concurrency threads keeps one keep-alive connection and requests the paths of a
page type in turn for --seconds; we report throughput and latency percentiles per page type.
Usage: python bench/loadgen.py --base http://127.0.0.1:8100 --seconds 20 --concurrency 4 plan.json out.json
where plan.json maps a page name to {"paths": [...], "unique": bool}. Before a page type is
timed, every one of its paths is requested once (so cacheable pages are measured warm) and the
server gets a short warm-up. With "unique", every request carries a session cookie (of no
session), as a signed-in visitor's does, so the page cache never serves it: the page is
rendered, with its thread fragments from their cache. (A query string of its own no longer
misses the page cache: pages are cached under the parameters they read.)
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import threading
import time
from urllib.parse import urlsplit

ALLOWED_HOSTS = {"127.0.0.1", "localhost", "::1"}


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def drive(base: str, paths: list[str], seconds: float, concurrency: int, *, unique: bool = False,
          once: bool = False) -> dict:
    """Request ``paths`` in turn from ``concurrency`` connections for ``seconds`` (or, with
    ``once``, each path once); with ``unique``, each request with a query string of its own."""
    parts = urlsplit(base)
    if parts.hostname not in ALLOWED_HOSTS:
        raise SystemExit(f"refusing to load {parts.hostname}: the benchmark only targets this machine")
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(offset: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine, i = [], offset
        while time.monotonic() < deadline and not (once and i >= len(paths)):
            path = paths[i % len(paths)]
            headers = {"Host": "127.0.0.1"}
            if unique:
                headers["Cookie"] = f"sessionid=bench-{time.monotonic_ns()}-{i}"
            i += concurrency
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            elapsed = (time.perf_counter() - start) * 1000
            if ok:
                mine.append(elapsed)
            else:
                with lock:
                    errors[0] += 1
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    return {
        "requests": len(latencies),
        "errors": errors[0],
        "rps": len(latencies) / wall if wall else 0.0,
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "p99_ms": percentile(latencies, 99),
        "mean_ms": statistics.fmean(latencies) if latencies else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("plan")
    parser.add_argument("out")
    parser.add_argument("--base", default="http://127.0.0.1:8100")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    with open(args.plan) as f:
        plan = json.load(f)
    results = {}
    for name, spec in plan.items():
        paths, unique = spec["paths"], spec.get("unique", False)
        if not unique:
            drive(args.base, paths, 3600, args.concurrency, once=True)  # every page once: a warm cache
        drive(args.base, paths, min(3.0, args.seconds), args.concurrency, unique=unique)  # warm-up
        results[name] = drive(args.base, paths, args.seconds, args.concurrency, unique=unique)
        print(f"{name:>12}: {results[name]['rps']:8.1f} req/s  p50 {results[name]['p50_ms']:.1f} ms  "
              f"p95 {results[name]['p95_ms']:.1f} ms  errors {results[name]['errors']}", flush=True)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
