# Sourced by scripts that need the nightly toolchain (fuzzing builds with sanitizers): installs the
# pinned nightly and cargo-fuzz when they are missing. Tests and the release build stay on stable.
NIGHTLY=nightly-2026-05-20
CARGO_FUZZ_VERSION=0.13.2
if ! rustup toolchain list | grep -q "^$NIGHTLY"; then
  echo "setup: installing the Rust toolchain $NIGHTLY (for fuzzing; about a minute)"
  rustup toolchain install "$NIGHTLY" --profile minimal
fi
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  echo "setup: installing cargo-fuzz $CARGO_FUZZ_VERSION (about 3 minutes)"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi
