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

# The release build: Trunk on the pinned nightly with the standard library rebuilt (scripts/release.sh).
build:
	@scripts/release.sh

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

# Fuzz the page's readers (a file, a share link, a criteria spreadsheet, a stored entry, a document)
# for FUZZ_RUNS inputs each (1,000,000 unless told), from the fixtures. Installs the pinned nightly
# and cargo-fuzz when missing. `make test` runs each for 30 seconds instead.
FUZZ_RUNS ?= 1000000
fuzz:
	@FUZZ_RUNS=$(FUZZ_RUNS) scripts/fuzz.sh
