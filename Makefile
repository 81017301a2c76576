# Spec Lens: the two commands. Both install what is missing and skip what is there.
#   make run    build the release page and serve it on http://127.0.0.1:8080
#   make test   every check: format, lint, native tests, browser tests, size budget, end-to-end
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: run test build setup setup-test serve size e2e wasm-test fuzz

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

e2e:
	@scripts/e2e.sh
