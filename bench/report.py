"""Write bench/RESULTS.md from bench/results/<N>/{measure,load}.json (see bench/README.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

PAGES = ["thread", "thread (page cache missed)", "thread, uniform, caches empty", "thread, Zipf s=1",
         "thread, signed in", "list", "deep list (page cache missed)", "tag", "tag (page cache missed)", "search",
         "search (page cache missed)", "search zh", "search zh (page cache missed)", "search alias",
         "search alias (page cache missed)"]


def load(directory: Path) -> dict:
    runs = {}
    for sub in sorted(directory.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0):
        if (sub / "measure.json").exists() and (sub / "load.json").exists():
            runs[int(sub.name)] = {
                "measure": json.loads((sub / "measure.json").read_text()),
                "load": json.loads((sub / "load.json").read_text()),
            }
    return runs


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def long_tail_targets(big: dict, small: dict) -> list[str]:
    """The targets for real visitors' traffic over every thread (the long tail), when measured."""
    load_, trivial = big["load"], big["load"]["trivial"]["rps"]
    rows = []
    for page, target in [("thread, uniform, caches empty", 0.20), ("thread, Zipf s=1", 0.35),
                         ("thread, signed in", 0.15), ("tag (page cache missed)", 0.15),
                         ("deep list (page cache missed)", 0.15)]:
        if page in load_:
            ratio = load_[page]["rps"] / trivial
            rows.append(f"| {page} ≥ {target:.2f} × trivial | {ratio:.2f} × | {verdict(ratio >= target)} |")
    if (search := load_.get("search (page cache missed)")) is not None:
        rows.append(f"| search, page cache missed, p95 ≤ 100 ms under load | {search['p95_ms']:.0f} ms | "
                    f"{verdict(search['p95_ms'] <= 100)} |")
    cold = "thread, uniform, caches empty"
    if cold in big["measure"]["queries_per_page"] and cold in small["measure"]["queries_per_page"]:
        b, s = big["measure"]["queries_per_page"][cold], small["measure"]["queries_per_page"][cold]
        rows.append(f"| queries per cold thread page ≤ 3, equal at both sizes | {s['max']} vs {b['max']} | "
                    f"{verdict(b['max'] <= 3 and b == s)} |")
    if not rows:
        return []
    return [f"## The long tail (at {big['measure']['threads']:,} threads)", "",
            "| target | measured | verdict |", "| --- | --- | --- |", *rows, ""]


def main(directory: Path) -> None:
    runs = load(directory)
    lines = ["# Benchmark results", "",
             "Made by `bash bench/run.sh` (see `bench/README.md`): PostgreSQL 15, gunicorn on 127.0.0.1, the load",
             "generator on the same 2-core machine, Redis cache. Ratios compare each page's throughput with the",
             "trivial view `/healthz` served by the same server in the same run. Before a page type is timed,",
             "each of its sampled paths is requested once, so anonymous pages are measured with the page cache",
             "warm (the hot set). The `(page cache missed)` rows send every request with a session cookie of no",
             "session, so none is a page-cache hit: pages are rendered (a thread page from its stored parts).",
             "The long tail: `thread, uniform, caches empty` visits distinct threads drawn uniformly from all,",
             "each once, after the cache was emptied; `thread, Zipf s=1` draws visits with Zipf's law over all",
             "threads, after the cache was emptied and a warm-up of the same traffic (`hits` is the page-cache",
             "hit ratio of the timed part); `thread, signed in` is a signed-in patient's session on random",
             "threads. SQL queries are counted with every cache cleared. On a corpus with a share of Chinese",
             "threads, `search zh` and `search alias` are the Chinese queries and the topics' lay names, apart",
             "from the English mix of `search`.", ""]
    for n, run in runs.items():
        m, load_ = run["measure"], run["load"]
        trivial = load_["trivial"]["rps"]
        lines += [f"## {m['threads']:,} threads ({m['tags']:,} tags)", "",
                  "| page | req/s | × trivial | p50 ms | p95 ms | p99 ms | hits | SQL queries | errors |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for page in ["trivial", *PAGES]:
            if page not in load_:  # a run from before this page type was measured
                continue
            r = load_[page]
            q = m["queries_per_page"].get(page)
            queries = "–" if q is None else str(q["min"]) if q["min"] == q["max"] else f"{q['min']}–{q['max']}"
            hits = f"{r['hit_ratio']:.2f}" if "hit_ratio" in r else "–"
            lines.append(f"| {page} | {r['rps']:.1f} | {r['rps'] / trivial:.2f} | {r['p50_ms']:.1f} | "
                         f"{r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {hits} | {queries} | {r['errors']} |")
        s = m["search"]
        sim = m["similar_read"]
        cold = m.get("thread_render_cold")
        lines += ["", f"- Similar-threads read (the thread page's sidebar query): p50 {sim['p50_ms']:.2f} ms,"
                  f" p95 {sim['p95_ms']:.2f} ms over {sim['n']} threads.",
                  *([f"- Similar Q&A relevance: the five shown share {rel['ratio']:.1%} of the topics the best five "
                     f"could ({rel['shown']} of {rel['best']}, over {rel['n']} threads)."]
                    if (rel := m.get("similar_relevance")) else []),
                  *([f"- Thread page rendered with every cache empty (in-process): p50 {cold['p50_ms']:.1f} ms, "
                     f"p95 {cold['p95_ms']:.1f} ms over {cold['n']} threads."] if cold else []),
                  f"- Search (in-process, ranking and highlights): rare p95 {s['rare']['p95_ms']:.1f} ms, common p95 "
                  f"{s['common']['p95_ms']:.1f} ms, multi-word p95 {s['multi-word']['p95_ms']:.1f} ms, "
                  f"all p95 {s['all']['p95_ms']:.1f} ms.",
                  *([f"- Search in Chinese and by alias (in-process, corpora with a Chinese share): Chinese p50 "
                     f"{s['zh']['p50_ms']:.1f} ms, p95 {s['zh']['p95_ms']:.1f} ms; aliases p50 "
                     f"{s['alias']['p50_ms']:.1f} ms, p95 {s['alias']['p95_ms']:.1f} ms."]
                    if "zh" in s and "alias" in s else []),
                  *(["- The search strategy each query of the mix starts with: " + ", ".join(
                      f"{name} {len(texts)}" for name, texts in m["search_strategies"].items()) + "."]
                    if m.get("search_strategies") else []),
                  f"- `EXPLAIN ANALYZE` of the key queries: [results/{n}/explain.txt](results/{n}/explain.txt).", ""]
    if runs:
        big_n = max(runs)
        small_n = min(runs)
        big, small = runs[big_n], runs[small_n]
        ratio = big["load"]["thread"]["rps"] / big["load"]["trivial"]["rps"]
        missed = big["load"].get("thread (page cache missed)", big["load"]["thread"])
        cold_ratio = missed["rps"] / big["load"]["trivial"]["rps"]
        same_queries = big["measure"]["queries_per_page"]["thread"] == small["measure"]["queries_per_page"]["thread"]
        median_ratio = big["load"]["thread"]["p50_ms"] / small["load"]["thread"]["p50_ms"]
        sim = big["measure"]["similar_read"]["p95_ms"]
        search_p95 = big["measure"]["search"]["all"]["p95_ms"]
        by_group = {name: big["measure"]["search"][name]["p95_ms"] for name in ("rare", "common", "multi-word")}
        groups = ", ".join(f"{name} {p95:.0f} ms" for name, p95 in by_group.items())
        worst_group = max(by_group.values())
        lines += [f"## Targets (at {big['measure']['threads']:,} threads)", "",
                  "| target | measured | verdict |", "| --- | --- | --- |",
                  f"| thread page throughput ≥ 0.35 × trivial | {ratio:.2f} × (page cache warm) | "
                  f"{verdict(ratio >= 0.35)} |",
                  f"| … page cache missed (stored parts) | {cold_ratio:.2f} × | {verdict(cold_ratio >= 0.35)} |",
                  f"| thread page queries equal at both sizes | {small['measure']['queries_per_page']['thread']} vs "
                  f"{big['measure']['queries_per_page']['thread']} | {verdict(same_queries)} |",
                  f"| thread page median ≤ 1.2 × the smallest corpus's | {median_ratio:.2f} × | "
                  f"{verdict(median_ratio <= 1.2)} |",
                  f"| similar-threads read < 2 ms | p95 {sim:.2f} ms | {verdict(sim < 2)} |",
                  f"| search p95 < 100 ms (the whole mix) | {search_p95:.1f} ms | {verdict(search_p95 < 100)} |",
                  f"| … and within each group of the mix | {groups} | {verdict(worst_group < 100)} |", ""]
        lines += long_tail_targets(big, small)
        if big_n == small_n:
            lines += ["Only one corpus size was run: the size-to-size comparisons compare the run with itself.", ""]
    analysis = Path(__file__).with_name("analysis.md")
    if analysis.exists():
        lines += [analysis.read_text().rstrip(), ""]
    print("\n".join(lines))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
