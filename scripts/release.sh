#!/usr/bin/env bash
# The release build (`make build`, `make run`, `make test`'s release step): `trunk build --release` on the
# pinned nightly of scripts/nightly.sh, with the standard library rebuilt for this page (-Zbuild-std) and a
# panic that stops at once (-Cpanic=immediate-abort: no panic message formatting is linked in). The release
# profile already aborts on panic, so the page behaves the same. Tests (native and in the browser) stay on
# stable. Measured: page wasm 668,426 -> 639,284 bytes gzip (BENCHMARKS.md). Extra arguments go to Trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
NIGHTLY_FOR=release source scripts/nightly.sh
export RUSTUP_TOOLCHAIN=$NIGHTLY
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# RUSTFLAGS replaces .cargo/config.toml's rustflags, so erase_components is repeated here. With Trunk's
# --target, RUSTFLAGS reaches only the wasm, not build scripts or proc macros.
export RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort"
# `--release=true`, not `--release`: Trunk reads a bare `--release` followed by a page (size_floor.sh
# builds scripts/size_floor.html) as `--release <value>` and refuses it.
trunk build --release=true "$@"
# The page's own build (no arguments; size_floor.sh builds another page): the first visit's start page
# drawn into index.html (scripts/prerender.mjs), then sw.js written again, since index.html changed.
if [ $# -eq 0 ]; then
  node scripts/prerender.mjs dist
  python3 scripts/sw.py
fi
