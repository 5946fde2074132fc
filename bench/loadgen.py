"""A small closed-loop HTTP load generator for the benchmark (loopback only, bounded in time).

Each of --concurrency threads keeps one keep-alive connection and requests the paths of a
page type for --seconds; we report throughput, latency percentiles and the share of page-cache
hits per page type. Usage:
python bench/loadgen.py --base http://127.0.0.1:8100 --seconds 20 --concurrency 4 plan.json out.json
where plan.json maps a page name to a spec:

- ``{"paths": [...]}``: the paths in turn, round and round. Before timing, every path is requested
  once (cacheable pages are measured warm) and the server gets a short warm-up.
- ``"unique": true``: every request carries a session cookie (of no session), so the page cache
  never serves it and the page is rendered (its thread's stored parts are still read).
- ``"cookie": "sessionid=…"``: every request carries this cookie (a signed-in visitor's session).
- ``"sequence": true``: the paths are a sequence of visits (uniform draws of distinct threads, or
  Zipf draws), each taken once, in order, by whichever connection is free: no pre-visit. With
  ``"flush": true`` the cache (``--redis``, the server's) is emptied first; ``"warmup"`` seconds
  of the sequence run untimed before the timed part continues it.
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


class Sequence:
    """Paths handed out once each, in order, to whichever connection asks (thread-safe)."""

    def __init__(self, paths: list[str]):
        self.paths, self.next, self.lock = paths, 0, threading.Lock()

    def take(self) -> str | None:
        with self.lock:
            if self.next >= len(self.paths):
                return None
            self.next += 1
            return self.paths[self.next - 1]


def drive(base: str, paths: list[str] | Sequence, seconds: float, concurrency: int, *, unique: bool = False,
          once: bool = False, cookie: str = "") -> dict:
    """Request ``paths`` in turn from ``concurrency`` connections for ``seconds`` (or, with
    ``once``, each path once; a ``Sequence`` hands each of its paths out once); with ``unique``,
    each request with a session cookie of its own, else with ``cookie`` if given."""
    parts = urlsplit(base)
    if parts.hostname not in ALLOWED_HOSTS:
        raise SystemExit(f"refusing to load {parts.hostname}: the benchmark only targets this machine")
    latencies: list[float] = []
    errors, hits = [0], [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(offset: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine, i, my_hits = [], offset, 0
        while time.monotonic() < deadline:
            if isinstance(paths, Sequence):
                path = paths.take()
                if path is None:
                    break
            else:
                if once and i >= len(paths):
                    break
                path = paths[i % len(paths)]
            headers = {"Host": "127.0.0.1"}
            if unique:
                headers["Cookie"] = f"sessionid=bench-{time.monotonic_ns()}-{i}"
            elif cookie:
                headers["Cookie"] = cookie
            i += concurrency
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
                my_hits += response.getheader("X-Page-Cache") == "hit"
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
            hits[0] += my_hits

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
        "hit_ratio": hits[0] / len(latencies) if latencies else 0.0,
    }


def flush(redis_url: str) -> None:
    """Empty the server's cache (a Redis database of its own, as bench/run.sh sets up)."""
    import redis

    redis.Redis.from_url(redis_url).flushdb()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("plan")
    parser.add_argument("out")
    parser.add_argument("--base", default="http://127.0.0.1:8100")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--redis", default="", help="the server's cache, emptied before a \"flush\" page type")
    parser.add_argument("--only", action="append", default=[], help="a page type to run (repeat it; default: all)")
    args = parser.parse_args()
    with open(args.plan) as f:
        plan = json.load(f)
    only = set(args.only)
    results = {}
    for name, spec in plan.items():
        if only and name not in only and name != "trivial":
            continue
        paths, unique, cookie = spec["paths"], spec.get("unique", False), spec.get("cookie", "")
        if spec.get("sequence"):
            if spec.get("flush"):
                if not args.redis:
                    raise SystemExit(f"{name}: --redis is needed to empty the cache first")
                flush(args.redis)
            paths = Sequence(paths)
            drive(args.base, paths, spec.get("warmup", 0), args.concurrency, cookie=cookie)
        else:
            if not unique and not cookie:
                drive(args.base, paths, 3600, args.concurrency, once=True)  # every page once: a warm cache
            drive(args.base, paths, min(3.0, args.seconds), args.concurrency, unique=unique, cookie=cookie)
        results[name] = drive(args.base, paths, args.seconds, args.concurrency, unique=unique, cookie=cookie)
        if isinstance(paths, Sequence) and paths.next >= len(paths.paths):
            results[name]["exhausted"] = True  # the sequence ran out before the time did
        print(f"{name:>12}: {results[name]['rps']:8.1f} req/s  p50 {results[name]['p50_ms']:.1f} ms  "
              f"p95 {results[name]['p95_ms']:.1f} ms  hits {results[name]['hit_ratio']:.2f}  "
              f"errors {results[name]['errors']}", flush=True)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
