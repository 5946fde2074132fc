#!/usr/bin/env bash
# The benchmark, one command:  bash bench/run.sh [N ...]      (default sizes: 10000 1000000)
# BENCH_REUSE=1 keeps a corpus loaded by an earlier run (same N) and only migrates it.
# BENCH_ZH_SHARE=0.2 writes that share of the threads in Traditional Chinese (default 0: all English).
# For each size: a fresh PostgreSQL database bench_N, the synthetic corpus, gunicorn on
# 127.0.0.1:8100, measurements and load; then bench/RESULTS.md. Traffic stays on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 1000000)
PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
PORT=${BENCH_PORT:-8100}
WORKERS=${BENCH_WORKERS:-3}
SECONDS_PER_PAGE=${BENCH_SECONDS:-20}
CONCURRENCY=${BENCH_CONCURRENCY:-4}
ZH_SHARE=${BENCH_ZH_SHARE:-0}

make install-dev
PY=.venv/bin/python

export DJANGO_DEBUG=0 DJANGO_SECURE_COOKIES=0 DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-bench-only-secret-key-not-for-production-0123456789abcdef}
export REDIS_URL=${BENCH_REDIS:-redis://127.0.0.1:6379/15}

loaded() {  # does DATABASE_URL hold a loaded corpus?
  $PY manage.py shell -c "from qa.models import Question; raise SystemExit(not Question.objects.exists())" \
    >/dev/null 2>&1
}

for N in "${SIZES[@]}"; do
  OUT=bench/results/$N
  mkdir -p "$OUT"
  export DATABASE_URL=$PG/bench_$N
  if [ "${BENCH_REUSE:-0}" = 1 ] && [ -f "$OUT/load.txt" ] && loaded; then
    # BENCH_REUSE=1: measure the code as it is now against the corpus an earlier run loaded.
    echo "== reusing bench_$N (loaded earlier: $(cat "$OUT/load.txt"))"
    $PY manage.py migrate --noinput -v0
    $PY manage.py store_thread_pages --workers "$(nproc)"  # only the threads whose stored parts are stale
  else
    echo "== corpus of $N threads into bench_$N"
    $PY bench/recreate_database.py "$PG" "bench_$N"
    $PY manage.py migrate --noinput -v0
    start=$(date +%s)
    $PY bench/generate_corpus.py --questions "$N" --seed 1 --zh-share "$ZH_SHARE" --no-rebuild
    timings=""
    for cmd in rebuild_counts rebuild_search "rebuild_similar --workers $(nproc)" \
               "store_thread_pages --workers $(nproc)"; do
      cmd_start=$(date +%s)
      $PY manage.py $cmd
      timings="$timings ${cmd%% *}_seconds=$(( $(date +%s) - cmd_start ))"
    done
    # The rebuilds leave dead rows; a server whose autovacuum is off (as on the benchmark machine)
    # would otherwise measure them. Production keeps autovacuum on (README, PostgreSQL settings).
    $PY manage.py shell -c "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')"
    echo "load_seconds=$(( $(date +%s) - start ))$timings zh_share=$ZH_SHARE" > "$OUT/load.txt"
  fi
  $PY manage.py collectstatic --noinput -v0
  $PY -c "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE','config.settings'); django.setup(); from django.core.cache import cache; cache.clear()"

  echo "== measurements"
  $PY bench/measure.py "$OUT"

  echo "== load on gunicorn ($WORKERS workers) at 127.0.0.1:$PORT"
  .venv/bin/gunicorn config.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" --log-level warning &
  GUNICORN=$!
  trap 'kill $GUNICORN 2>/dev/null || true' EXIT
  for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  $PY bench/loadgen.py "$OUT/plan.json" "$OUT/load.json" --base "http://127.0.0.1:$PORT" \
      --seconds "$SECONDS_PER_PAGE" --concurrency "$CONCURRENCY" --redis "$REDIS_URL"
  kill $GUNICORN; wait $GUNICORN 2>/dev/null || true
  trap - EXIT
done

$PY bench/report.py bench/results > bench/RESULTS.md
echo "Results: bench/RESULTS.md"
