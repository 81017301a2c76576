#!/usr/bin/env bash
# The cross-engine suite (tests/engines): the same flows through WebDriver in Chromium (chromedriver),
# Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver, on an Xvfb display of its own), one engine
# after another, against the release build in dist/ served on 127.0.0.1.
#   ENGINES=firefox,webkit scripts/engines.sh   only those engines
# Ports: the static server on E2E_PORT + 2 (8101 by default, clear of the Playwright suite's two),
# the driver servers on the next three; ENGINES_PORT sets the first directly.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
[ -f "${E2E_DIST:-dist}/index.html" ] || { echo "engines: no release build in ${E2E_DIST:-dist}/; run 'trunk build --release'" >&2; exit 1; }
for tool in chromedriver geckodriver WebKitWebDriver Xvfb firefox-esr; do
  command -v "$tool" >/dev/null || { echo "engines: $tool is missing; run 'scripts/setup.sh test'" >&2; exit 1; }
done
export ENGINES_PORT="${ENGINES_PORT:-$(( ${E2E_PORT:-8099} + 2 ))}"
# Every wait in the suite is bounded; this bounds the whole run too (timeout ends the process group:
# the browsers, their drivers and Xvfb with it).
exec timeout --kill-after=20 600 node --test --test-concurrency=1 --test-reporter=spec tests/engines/
