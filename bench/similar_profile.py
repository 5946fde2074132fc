"""Where the Similar Q&A rebuild spends its time, in one process, without writing anything.

Usage (DATABASE_URL pointing at a corpus with rebuild_counts run):

    .venv/bin/python bench/similar_profile.py [--sample N] [--scale K] [--profile FILE]

Reads the archive as ``rebuild_similar`` does (``qa.similarity.Archive``, one process), ranks
``--sample`` threads (default 10,000, spread over the archive; 0: all) and prints the wall-clock
and CPU times of both steps, and how many candidates a thread's lists hold on average: now, and as
estimated for an archive ``--scale`` times larger with the same tag frequencies (each tag on K times
as many threads; a list is read whole up to ``FULL_LIST``, else its ``COMMON_TAKE`` newest, plus up
to ``PAIR_TAKE`` per pair of common tags). The ranking's cost per thread grows with that number,
so the two give the extrapolation of bench/analysis.md. ``--profile FILE`` saves a cProfile of the
ranking (``python -m pstats FILE``).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from qa import similarity  # noqa: E402
from qa.models import Tag  # noqa: E402


def listed(tags: list[int], sizes: dict[int, int], scale: float) -> int:
    """Candidates in a thread's lists (with repeats) for tags on ``sizes[tag] * scale`` threads."""
    total, common = 0, []
    for tag in tags:
        size = round(sizes.get(tag, 0) * scale)
        if size > similarity.FULL_LIST:
            total += similarity.COMMON_TAKE
            common.append(tag)
        else:
            total += size
    return total + 2 * similarity.PAIR_TAKE * len(list(combinations(common, 2)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/similar_profile.py", description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=10_000, help="threads ranked (0: all; default 10000)")
    parser.add_argument("--scale", type=float, default=10.0, help="estimate the lists at K times the size")
    parser.add_argument("--profile", help="save a cProfile of the ranking to this file")
    args = parser.parse_args(argv)

    wall, cpu = time.perf_counter(), time.process_time()
    archive = similarity.Archive()
    print(f"threads {len(archive.ids)}: read in {time.perf_counter() - wall:.1f} s "
          f"({time.process_time() - cpu:.1f} s CPU)")
    pks = archive.threads()
    if args.sample and args.sample < len(pks):
        pks = pks[:: len(pks) // args.sample][: args.sample]

    profile = cProfile.Profile() if args.profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profile:
        profile.enable()
    rows = sum(len(archive.rank_rows(pk)) for pk in pks)
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"ranked {len(pks)} threads ({rows} rows): {wall / len(pks) * 1e6:.0f} µs a thread "
          f"({cpu / len(pks) * 1e6:.0f} µs CPU)")

    sizes = dict(Tag.objects.values_list("pk", "num_published"))
    sample = pks[:2000]
    now = sum(listed(list(archive._mine(pk)[0]), sizes, 1.0) for pk in sample) / len(sample)
    later = sum(listed(list(archive._mine(pk)[0]), sizes, args.scale) for pk in sample) / len(sample)
    print(f"candidates listed per thread: {now:.0f} now, about {later:.0f} at {args.scale:g} times the size")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
