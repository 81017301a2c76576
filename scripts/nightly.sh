# Sourced by the scripts that need the pinned nightly toolchain, which installs what is missing:
#   scripts/fuzz.sh       fuzzing builds with sanitizers: the nightly and cargo-fuzz
#   scripts/release.sh    the release build with -Zbuild-std (NIGHTLY_FOR=release): the nightly, its rust-src
#                         and wasm32 target, and the standard library's own dependencies from crates.io
# Native tests, clippy and the browser tests stay on stable.
NIGHTLY=nightly-2026-05-20
CARGO_FUZZ_VERSION=0.13.2
if ! rustup toolchain list | grep -q "^$NIGHTLY"; then
  echo "setup: installing the Rust toolchain $NIGHTLY (about a minute)"
  rustup toolchain install "$NIGHTLY" --profile minimal
fi
if [ "${NIGHTLY_FOR:-fuzz}" = release ]; then
  if ! rustup component list --toolchain "$NIGHTLY" --installed | grep -q '^rust-src'; then
    echo "setup: adding rust-src to $NIGHTLY (the standard library's source, for -Zbuild-std)"
    rustup component add rust-src --toolchain "$NIGHTLY"
  fi
  if ! rustup target list --toolchain "$NIGHTLY" --installed | grep -qx wasm32-unknown-unknown; then
    echo "setup: adding the wasm32 target to $NIGHTLY"
    rustup target add wasm32-unknown-unknown --toolchain "$NIGHTLY"
  fi
  # Trunk runs cargo with --offline (Trunk.toml), and its own fetch does not see the standard library's
  # dependencies (dlmalloc, hashbrown, ...): fetch them from crates.io once, when they are missing.
  build_std=(--target wasm32-unknown-unknown -Zbuild-std=std,panic_abort)
  if ! cargo "+$NIGHTLY" fetch --offline "${build_std[@]}" >/dev/null 2>&1; then
    echo "setup: fetching the project's and the standard library's crates for $NIGHTLY"
    cargo "+$NIGHTLY" fetch "${build_std[@]}"
  fi
else
  if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    echo "setup: installing cargo-fuzz $CARGO_FUZZ_VERSION (about 3 minutes)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
fi
