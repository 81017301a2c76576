# Spec Lens: the two commands. Both install what is missing and skip what is there.
#   make run    build the release page and serve it on http://127.0.0.1:8080
#   make test   every check: format, lint, native tests, browser tests, size budget, end-to-end, cross-engine
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: run test build setup setup-test serve size size-report size-floor e2e wasm-test fuzz bench

run: setup build
	@echo "Spec Lens is at http://127.0.0.1:$(PORT)/  (Ctrl+C stops it)"
	@python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

test: setup-test
	@scripts/test.sh

setup:
	@scripts/setup.sh app

setup-test:
	@scripts/setup.sh test

build:
	trunk build --release

size:
	@scripts/size.sh

# Where the wasm's bytes go, by area (our modules, Leptos, serde, the standard library, data).
size-report:
	@scripts/size_report.sh

# The wasm without views (domain, formats, storage, built-in data) beside the page's: what views cost.
size-floor:
	@scripts/size_floor.sh

# Sizes, load times, latency, merge/import/save times, memory and Lighthouse, each against its
# target; prints the table and writes BENCHMARKS.md. Data comes from a seeded generator.
bench: setup-test build
	cargo run --release --example bench_data -- target/bench-data
	node scripts/bench.mjs target/bench-data

e2e:
	@scripts/e2e.sh

# Fuzz the importer and the document readers (1,000,000 inputs each; FUZZ_RUNS=… to change),
# seeded from tests/fixtures. Needs the nightly toolchain; installs cargo-fuzz from crates.io if
# it is missing.
FUZZ_RUNS ?= 1000000
fuzz:
	@rustup toolchain list 2>/dev/null | grep -q '^nightly' || { echo "make fuzz needs the nightly Rust toolchain \
	(cargo-fuzz builds with sanitizers): run 'rustup toolchain install nightly', then make fuzz again."; exit 1; }
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	@mkdir -p fuzz/corpus/import fuzz/corpus/document
	@find tests/fixtures -maxdepth 1 -type f -exec cp {} fuzz/corpus/import/ \;
	@# The first byte picks the reader (see fuzz_targets/document.rs): 0 Word, 1 OpenDocument, 2 text.
	@for f in tests/fixtures/documents/*.docx; do [ -f "$$f" ] && { printf '\000'; cat "$$f"; } > "fuzz/corpus/document/$$(basename "$$f")"; done; true
	@for f in tests/fixtures/documents/*.odt; do [ -f "$$f" ] && { printf '\001'; cat "$$f"; } > "fuzz/corpus/document/$$(basename "$$f")"; done; true
	@for f in tests/fixtures/documents/*.txt; do [ -f "$$f" ] && { printf '\002'; cat "$$f"; } > "fuzz/corpus/document/$$(basename "$$f")"; done; true
	cargo +nightly fuzz run import -- -runs=$(FUZZ_RUNS) -timeout=10
	cargo +nightly fuzz run document -- -runs=$(FUZZ_RUNS) -timeout=10 -max_len=2000000
