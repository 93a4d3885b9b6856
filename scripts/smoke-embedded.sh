#!/usr/bin/env bash
# Starts the app with no DATABASE_URL on a temporary data folder, waits for /api/health to report
# the embedded database, restarts it on the same folder, and stops it with SIGINT.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
port=${SMOKE_PORT:-3299}
log="$dir/start.log"
pid=

stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
}
trap 'stop; rm -rf "$dir"' EXIT

boot() {
  env -u DATABASE_URL PGLITE_DATA_DIR="$dir/pglite" PORT="$port" INGEST_SCHEDULE=off \
    node scripts/start.mjs >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    body=$(curl -fsS "http://127.0.0.1:$port/api/health" 2>/dev/null || true)
    if echo "$body" | grep -q '"kind":"embedded"'; then echo "health: $body"; return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  echo "the app did not report an embedded database; its log:"; cat "$log"; return 1
}

boot
grep -E '^\[start\] database:' "$log"
stop
grep -q "embedded database closed" "$log" || { echo "the embedded database was not closed cleanly:"; cat "$log"; exit 1; }
echo "restart on the same data folder:"
boot
grep -E '^\[start\] database:' "$log"
stop
echo "embedded smoke test passed"
