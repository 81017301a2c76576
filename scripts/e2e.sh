#!/usr/bin/env bash
# Serves the release build in dist/ on 127.0.0.1 (at the root, and under /spec-lens/ on the next port) and runs
# the Playwright suite against it. E2E_PORT moves both servers.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
[ -f dist/index.html ] || { echo "e2e: no release build in dist/; run 'trunk build --release'" >&2; exit 1; }
playwright test --config tests/e2e/playwright.config.ts "$@"
