#!/usr/bin/env bash
# Every check, cheapest first, stopping at the first failure. Run through `make test`,
# which installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
started=$(date +%s)
# Every step's output also goes to a log, so the closing line can count the tests that ran.
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step "format"
cargo fmt --check

step "lint"
cargo clippy --all-targets -- -D warnings

step "native tests"
cargo test 2>&1 | tee -a "$log"

step "browser tests (wasm-bindgen-test in headless Chromium)"
browser_tests() {
  CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test web --test web_storage --test web_pdf 2>&1 | tee -a "$log"
}
# The first run after the test wasm is rebuilt sometimes never gets past the runner's "Loading
# scripts..." (the renderer stops answering for 300 s; wasm-bindgen/wasm-pack#783, open); run at
# once again, the same tests pass in seconds. Seen here about one run in two after a rebuild. Only
# that failure is retried: a test that fails, fails.
if ! browser_tests; then
  grep -q "Failed to detect test as having been run" "$log" || exit 1
  echo "browser tests: the runner's page never loaded (wasm-pack#783); running them once more"
  # The hung browser outlives its killed driver, and a new one started beside it hung too: end it.
  pkill -f -- '--test-type=webdriver' || true
  sleep 2
  browser_tests
fi

step "release build (the pinned nightly, -Zbuild-std; scripts/release.sh)"
scripts/release.sh

step "size budget"
scripts/size.sh

step "PDF reader (pdf.js lazy, offline once used, same text as the native fixtures)"
node scripts/pdf_check.mjs

step "end-to-end (Playwright against the release build)"
scripts/e2e.sh 2>&1 | tee -a "$log"

step "cross-engine (Chromium, Firefox ESR and WebKitGTK through WebDriver, against the same release build)"
scripts/engines.sh 2>&1 | tee -a "$log"

step "fuzzing (each reader for ${FUZZ_SECONDS:-30} s, from the fixtures; crashes fail)"
scripts/fuzz.sh

rust=$(grep -aoE 'test result: ok\. [0-9]+ passed' "$log" | awk '{ n += $4 } END { print n + 0 }')
e2e=$(grep -aoE '^ +[0-9]+ passed' "$log" | awk '{ n += $1 } END { print n + 0 }')
engines=$(grep -aoE '^ℹ pass [0-9]+' "$log" | awk '{ n += $3 } END { print n + 0 }')
printf '\nAll checks passed in %ss: %s Rust tests (native and in Chromium), %s end-to-end tests, %s cross-engine tests.\n' \
  "$(( $(date +%s) - started ))" "$rust" "$e2e" "$engines"
echo "tests: $((rust + e2e + engines)) passed, 0 failed"
