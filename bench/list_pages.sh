#!/usr/bin/env bash
# The topic and deep list pages with the page cache missed, against the trivial view, for several
# versions of the code taking turns on one corpus:
#
#   bash bench/list_pages.sh 1000000 56ed47f HEAD      # two versions, two turns each
#
# Loads the English corpus of N threads (bench/generate_corpus.py --seed 1) into the PostgreSQL
# database bench_N_lists, with its tag counts, but without the search index, Similar Q&A or stored
# thread pages, which these pages do not read: the list cards are stored by the warm-up request of
# each page (as a first visit stores them). BENCH_REUSE=1 keeps a corpus loaded earlier. Each
# version is checked out (git worktree, detached) under $TMPDIR (removed at the end) and served by
# gunicorn (3 workers) at 127.0.0.1:8100 for 20 s per page type, 4 clients, bench/loadgen.py on the
# same machine. Raw results: bench/results/N-lists/<version>-<turn>.json.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:?usage: bench/list_pages.sh N VERSION...}
shift
[ $# -gt 0 ] || set -- HEAD
PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
TURNS=${BENCH_TURNS:-2}
OUT=bench/results/$N-lists
TREES=$(mktemp -d "${TMPDIR:-/tmp}/bench-versions.XXXXXX")
mkdir -p "$OUT"
cleanup() { for tree in "$TREES"/*; do if [ -d "$tree" ]; then git worktree remove --force "$tree"; fi; done; rmdir "$TREES"; }
trap cleanup EXIT

make install-dev
PY=$ROOT/.venv/bin/python
export DJANGO_DEBUG=0 DJANGO_SECURE_COOKIES=0 DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-bench-only-secret-key-not-for-production-0123456789abcdef}
export REDIS_URL=${BENCH_REDIS:-redis://127.0.0.1:6379/15}
export DATABASE_URL=$PG/bench_${N}_lists

if [ "${BENCH_REUSE:-0}" != 1 ]; then
  $PY bench/recreate_database.py "$PG" "bench_${N}_lists"
  $PY manage.py migrate --noinput -v0
  $PY bench/generate_corpus.py --questions "$N" --seed 1 --no-rebuild
  $PY manage.py rebuild_counts
  $PY manage.py shell -c "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')"
fi

# The pages: the 20 most popular and the 20 rarest topics; 20 list pages a quarter of the way down.
$PY - "$OUT/plan.json" <<'PYEOF'
import json, os, sys
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()
from qa.models import Question, Tag
from qa.pagination import encode_cursor
popular = list(Tag.objects.order_by("-num_published")[:20])
rare = list(Tag.objects.filter(num_published__gt=0).order_by("num_published")[:20])
published = Question.objects.published().order_by("-published_at", "-pk")
deep = list(published[published.count() // 4:][:20])
plan = {
    "trivial": {"paths": ["/healthz"]},
    "tag (page cache missed)": {"paths": [t.get_absolute_url() for t in popular + rare], "unique": True},
    "deep list (page cache missed)": {"paths": [f"/questions/?before={encode_cursor(q)}" for q in deep],
                                      "unique": True},
}
json.dump(plan, open(sys.argv[1], "w"), indent=1)
PYEOF

for turn in $(seq 1 "$TURNS"); do
  for version in "$@"; do
    commit=$(git rev-parse --short "$version")
    tree=$TREES/$commit
    [ -d "$tree" ] || git worktree add -q --detach "$tree" "$commit"
    (
      cd "$tree"
      $PY manage.py migrate --noinput -v0 --check >/dev/null || { echo "$commit: the corpus needs migrations it lacks"; exit 1; }
      $PY manage.py collectstatic --noinput -v0
      $PY -c "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE','config.settings'); django.setup(); from django.core.cache import cache; cache.clear()"
      "$ROOT/.venv/bin/gunicorn" config.wsgi --bind 127.0.0.1:8100 --workers 3 --log-level warning &
      server=$!
      trap 'kill $server 2>/dev/null || true' EXIT
      for _ in $(seq 1 50); do curl -fsS http://127.0.0.1:8100/healthz >/dev/null 2>&1 && break; sleep 0.2; done
      $PY "$ROOT/bench/loadgen.py" "$ROOT/$OUT/plan.json" "$ROOT/$OUT/$commit-$turn.json" \
          --base http://127.0.0.1:8100 --seconds 20 --concurrency 4 --redis "$REDIS_URL"
      kill $server; wait $server 2>/dev/null || true
    )
    echo "== $commit, turn $turn; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
