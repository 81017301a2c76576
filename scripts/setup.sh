#!/usr/bin/env bash
# Installs what Spec Lens needs and skips what is already there at the right version.
# Usage: scripts/setup.sh app    (build tools only: stable's wasm32 target, the pinned nightly for the
#                                 release build, Trunk, wasm-bindgen-cli, npm packages)
#        scripts/setup.sh test   (build tools, npm test packages, Chromium and chromedriver, Firefox ESR and
#                                 geckodriver, WebKitGTK's WebKitWebDriver and Xvfb)
# Only registry packages are fetched: crates.io, npm, Debian. Nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen CLI must match the crate version that Cargo.lock resolved.
lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_rust() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown ||
    { say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
  for component in clippy rustfmt; do
    rustup component list --installed | grep -q "^$component" ||
      { say "adding $component"; rustup component add "$component"; }
  done
  [ -f Cargo.lock ] || cargo generate-lockfile
}

# The release build's toolchain: the pinned nightly with rust-src and the wasm32 target, and the
# standard library's own crates (scripts/nightly.sh). Tests build with stable.
ensure_nightly() {
  NIGHTLY_FOR=release source scripts/nightly.sh
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then return; fi
  say "installing Trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
}

ensure_wasm_bindgen() {
  local want
  want=$(lock_version wasm-bindgen)
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ] &&
     wasm-bindgen-test-runner --version >/dev/null 2>&1; then return; fi
  say "installing wasm-bindgen-cli $want (about 4 minutes)"
  # Not --locked: with it, 0.2.130 asks for a dependency version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$want" --force
}

# npm packages: wasm-opt (binaryen 132; Debian's 108 breaks current rustc output), Playwright, axe-core.
ensure_npm() {
  local stamp=node_modules/.spec-lens-lock
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  say "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
}

# Debian's package lists are fetched at most once per run, and only when something is missing.
apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# Chromium and chromedriver for the browser tests; pdftotext (poppler-utils) to read the printed report.
ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v pdftotext >/dev/null; then
    return
  fi
  say "installing Chromium, chromedriver and poppler-utils from Debian"
  apt_install chromium chromium-driver poppler-utils
}

# The cross-engine suite's other two engines: Firefox ESR (driven by geckodriver, from crates.io)
# and WebKitGTK's MiniBrowser (driven by WebKitWebDriver), which needs a display: Xvfb.
GECKODRIVER_VERSION=0.37.0
ensure_engines() {
  if ! { command -v firefox-esr && command -v WebKitWebDriver && command -v Xvfb; } >/dev/null; then
    say "installing Firefox ESR, WebKitGTK's WebDriver and Xvfb from Debian (about a minute)"
    apt_install firefox-esr webkit2gtk-driver xvfb
  fi
  local have
  have=$(geckodriver --version 2>/dev/null || true)
  if [ "${have%%$'\n'*}" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 4 minutes on 2 cores)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
}

ensure_rust
ensure_nightly
ensure_trunk
ensure_wasm_bindgen
ensure_npm
if [ "${1:-app}" = "test" ]; then ensure_chromium; ensure_engines; fi
say "ready"
