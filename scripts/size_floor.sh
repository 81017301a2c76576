#!/usr/bin/env bash
# The size floor: how much of the page's wasm is not views. Builds src/bin/size_floor.rs (the domain, the
# file formats, storage and the built-in data behind one paragraph of Leptos) as Trunk builds the page,
# and sets its gzip size beside the page's, from the last `make build`. What is left is the views and
# the state behind them. Usage: make size-floor
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/size-floor
scripts/release.sh scripts/size_floor.html --dist "$out" > "$out.log" 2>&1 || { tail -30 "$out.log" >&2; exit 1; }
sizes() { printf '%10d %10d' "$(stat -c %s "$1")" "$(gzip -9c "$1" | wc -c)"; }
printf '%-40s %10s %10s\n' wasm raw gzip
floor=$(ls "$out"/*_bg.wasm)
printf '%-40s %s\n' "size floor (no views)" "$(sizes "$floor")"
# The page's own wasm, not the document reader's worker (reader_bg.wasm) beside it.
page=$(ls dist/spec_lens-*_bg.wasm 2>/dev/null || true)
if [ -z "$page" ]; then
  echo "size-floor: no page build in dist/ to compare with; run 'make build' for that line"
  exit 0
fi
printf '%-40s %s\n' "the page" "$(sizes "$page")"
echo "size-floor: views and their state are $(( ($(gzip -9c "$page" | wc -c) - $(gzip -9c "$floor" | wc -c)) / 1024 )) KB gzip of the page's wasm"
