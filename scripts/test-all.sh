#!/usr/bin/env bash
# npm test: the lint gate, then unit, integration and end-to-end tests. Runs every layer, prints each summary,
# and exits non-zero when any layer fails.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
status=0
declare -a summary

run() {
  local name=$1; shift
  echo
  echo "=== $name: $* ==="
  if "$@"; then summary+=("$name: passed"); else summary+=("$name: FAILED"); status=1; fi
}

rm -f test-results/unit.json test-results/integration.json test-results/e2e.json
run lint npm run lint --silent
run unit npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json
run integration npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=test-results/integration.json
# End-to-end runs against a fresh production build of this tree.
run build npm run build --silent
if [ $status -eq 0 ] || [ "${E2E_ALWAYS:-}" = 1 ]; then
  run e2e npx playwright test
else
  summary+=("e2e: not run (an earlier layer failed)")
fi

echo
echo "=== test summary ==="
printf '%s\n' "${summary[@]}"
node scripts/test-summary.mjs
exit $status
