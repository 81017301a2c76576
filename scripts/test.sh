#!/usr/bin/env bash
# Every check, cheapest first, stopping at the first failure. Run through `make test`,
# which installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
started=$(date +%s)

step "format"
cargo fmt --check

step "lint"
cargo clippy --all-targets -- -D warnings

step "native tests"
cargo test

step "browser tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web --test web_storage

step "release build"
trunk build --release

step "size budget"
scripts/size.sh

step "end-to-end (Playwright against the release build)"
scripts/e2e.sh

printf '\nAll checks passed in %ss.\n' "$(( $(date +%s) - started ))"
