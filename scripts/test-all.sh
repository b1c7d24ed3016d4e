#!/usr/bin/env bash
# The whole check, as CI runs it on a fresh clone (`npm run test:all`, `.ci/run`):
# Chromium (Debian's package, when missing), npm ci, type check, unit tests, extension build,
# fixture build, end-to-end tests in real Chromium. Runs every step it can, prints a summary
# line "N passed, N failed" (tests) and exits non-zero when anything failed.
#
#   TEST_ALL_SKIP_INSTALL=1   skip apt-get and npm ci (a working tree that is already set up)
set -uo pipefail
cd "$(dirname "$0")/.."

results_dir=.output/test-all
failed_steps=()

step() {
  local name=$1
  shift
  echo
  echo "== $name"
  if "$@"; then
    echo "== $name: ok"
  else
    echo "== $name: FAILED"
    failed_steps+=("$name")
    return 1
  fi
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo "$@"
  else
    echo "need root or passwordless sudo for: $*" >&2
    return 1
  fi
}

install_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then
    echo "using ${CHROMIUM_PATH:-/usr/bin/chromium}"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "no /usr/bin/chromium and no apt-get: set CHROMIUM_PATH or run 'npx playwright install chromium'" >&2
    return 1
  fi
  as_root apt-get update && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
}

# Counts "passed failed" from the JSON reports of vitest and Playwright (missing ones count as 0 0).
count_tests() {
  node -e '
    const fs = require("node:fs");
    const read = (file) => { try { return JSON.parse(fs.readFileSync(file, "utf8")); } catch { return undefined; } };
    const unit = read(process.argv[1]);
    const e2e = read(process.argv[2]);
    const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
    const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
    console.log(passed, failed);
  ' "$results_dir/unit.json" "$results_dir/e2e.json"
}

if [ -z "${TEST_ALL_SKIP_INSTALL:-}" ]; then
  step "install Chromium" install_chromium
  step "npm ci" npm ci || { echo "npm ci failed: nothing else can run."; exit 1; }
fi
mkdir -p "$results_dir"
rm -f "$results_dir"/*.json

step "type check" npx tsc --noEmit
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json="$results_dir/unit.json"
if step "build the extension" npm run -s build && step "build the fixture pages" npx tsx scripts/build-fixtures.ts; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results_dir/e2e.json" step "end-to-end tests" npx playwright test --reporter=list,json
else
  failed_steps+=("end-to-end tests (not run)")
fi

read -r passed failed < <(count_tests)
echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Failed steps: ${failed_steps[*]}"
fi
echo "$passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
