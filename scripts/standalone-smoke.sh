#!/usr/bin/env bash
# CI's stand-in for `docker run`: completes the standalone tree as the Dockerfile's build stage does, prepares a
# fresh database as the `setup` job does, starts the server exactly as the runtime image's CMD does (from inside the
# tree: `node scripts/server.mjs`, HOST=0.0.0.0), then checks health, a page and an API route.
# Needs a build (`npm run build`) and ADMIN_DATABASE_URL (default: the local server's postgres database).
set -euo pipefail
cd "$(dirname "$0")/.."
admin=${ADMIN_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
db="atlas_standalone_$$"
port=${SMOKE_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
url="${admin%/*}/$db"
log=$(mktemp)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql "$admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -f "$log"
}
trap cleanup EXIT

node scripts/standalone.mjs
psql "$admin" -qc "CREATE DATABASE $db"
DATABASE_URL=$url npx tsx scripts/migrate-and-seed.ts

(cd .next/standalone && exec env -i PATH="$PATH" HOME="${HOME:-/tmp}" NODE_ENV=production MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 HOST=0.0.0.0 PORT="$port" \
  SITE_URL="http://127.0.0.1:$port" DATABASE_URL="$url" INGEST_SCHEDULE=off RATE_LIMIT=off node scripts/server.mjs) >"$log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do
  curl -fsS "$base/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "standalone server exited"; exit 1; }
  sleep 1
done
fail() { echo "standalone smoke: $*"; cat "$log"; exit 1; }
grep -q "ready on http://0.0.0.0:$port" "$log" || fail "the log does not say it listens on 0.0.0.0:$port"
# Bodies go to variables first: `curl | grep -q` fails under pipefail when grep stops reading early.
body=$(curl -fsS "$base/api/health") && grep -q '"status":"ok"' <<<"$body" || fail "health is not ok"
body=$(curl -fsS "$base/") && grep -qi '<html' <<<"$body" || fail "the home page did not render"
body=$(curl -fsS "$base/api/v1/standings?board=lmarena-text") && grep -q '"series"' <<<"$body" || fail "the standings API did not answer"
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v9/nothing")
[ "$code" = 404 ] || fail "an unknown API path gave $code"
echo "standalone smoke: health, /, /api/v1/standings and a 404 served by the standalone tree on 0.0.0.0:$port"
