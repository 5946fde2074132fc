#!/usr/bin/env bash
# Time the Similar Q&A rebuild on a loaded benchmark database (the corpus stays as it is):
#   bash bench/similar_rebuild.sh [N] [WORKERS]          (default: 1000000 2)
# Migrates bench_N (or BENCH_DB), then runs `manage.py rebuild_similar --workers WORKERS` under /usr/bin/time
# and appends the wall clock, peak memory and the load average before and after to
# bench/results/N/similar.txt. SIMILAR_FROM_EMPTY=1 empties the table first (a first build: every
# row written); otherwise it is a nightly rebuild, which rewrites only the sidebars that changed.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000000}
WORKERS=${2:-2}
export DATABASE_URL=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}/${BENCH_DB:-bench_$N}
PY=.venv/bin/python
OUT=bench/results/$N
mkdir -p "$OUT"

$PY manage.py migrate --noinput -v0
if [ "${SIMILAR_FROM_EMPTY:-0}" = 1 ]; then
  $PY manage.py shell -c "from django.db import connection; connection.cursor().execute('TRUNCATE qa_similarthread')"
fi
before=$(uptime)
start=$(date +%s)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$OUT/similar-time.txt" $PY manage.py rebuild_similar --workers "$WORKERS" | tail -n 2
  peak=$(grep "Maximum resident" "$OUT/similar-time.txt" | awk '{print $NF}')
else
  $PY manage.py rebuild_similar --workers "$WORKERS" | tail -n 2
  peak="?"
fi
seconds=$(( $(date +%s) - start ))
{
  echo "$(date -u +%FT%TZ) commit $(git rev-parse --short HEAD) rebuild_similar --workers $WORKERS" \
       "from_empty=${SIMILAR_FROM_EMPTY:-0}: ${seconds} s, peak ${peak} kB (largest process)"
  echo "  load before: $before"
  echo "  load after:  $(uptime)"
} | tee -a "$OUT/similar.txt"
