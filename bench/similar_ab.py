"""The Similar Q&A rebuild of two versions of ``qa/similarity.py``, taking turns on one database.

Usage (DATABASE_URL pointing at a corpus with rebuild_counts run; run from the repository root):

    .venv/bin/python bench/similar_ab.py --commit e15e846 [--rounds 2] [--workers 2] [--empty]

Each round rebuilds with the module as it was at ``--commit`` (read with ``git show``, loaded under
another name; nothing is checked out), then with the working tree's, and prints the wall clock, the
CPU time of this process and its workers, and the load average. ``--empty`` empties the table
before each rebuild (a first build: every row written), otherwise each rebuild finds the previous
one's rows. Afterwards it says whether both versions wrote the same rows.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from qa import similarity  # noqa: E402
from qa.models import SimilarThread  # noqa: E402

COLUMNS = ("question_id", "similar_id", "rank", "shared_tags", "text_similarity")


def load_at(commit: str):
    """qa/similarity.py as it was at ``commit``, as a module of its own."""
    git = shutil.which("git") or "git"
    source = subprocess.run([git, "show", f"{commit}:qa/similarity.py"],  # noqa: S603 (a bench tool: your own commit)
                            cwd=ROOT, check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / f"similarity_{commit}.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location(f"similarity_{commit}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the forked workers look their function up by name
    spec.loader.exec_module(module)
    return module


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def rows() -> list[tuple]:
    return list(SimilarThread.objects.order_by("question_id", "rank").values_list(*COLUMNS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/similar_ab.py", description=__doc__.splitlines()[0])
    parser.add_argument("--commit", required=True, help="the version to compare with the working tree's")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--empty", action="store_true", help="empty the table before each rebuild")
    args = parser.parse_args(argv)
    versions = {args.commit: load_at(args.commit), "working tree": similarity}
    written = {}
    for number in range(1, args.rounds + 1):
        for name, module in versions.items():
            if args.empty:
                SimilarThread.objects.all().delete()
            load_before = os.getloadavg()[0]
            wall, used = time.perf_counter(), cpu()
            total = module.rebuild_all(workers=args.workers)
            wall, used = time.perf_counter() - wall, cpu() - used
            print(f"round {number}, {name}: {wall:.1f} s wall, {used:.1f} s CPU (this process and its workers; "
                  f"not PostgreSQL's), {total} rows, load {load_before:.1f} -> {os.getloadavg()[0]:.1f}", flush=True)
            written[name] = rows()
    same = written[args.commit] == written["working tree"]
    print("both versions wrote the same rows" if same else "THE VERSIONS WROTE DIFFERENT ROWS")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
