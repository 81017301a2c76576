#!/usr/bin/env bash
# Fuzzes the page's own readers with cargo-fuzz: a file, a share link, a criteria spreadsheet, a
# stored entry and a document (what each checks: tests/support/fuzz_checks.rs).
#   scripts/fuzz.sh                 every target for FUZZ_SECONDS (30) each: the bounded run of make test
#   FUZZ_RUNS=1000000 scripts/fuzz.sh [target…]   a long run, that many inputs per target
# Each target starts from the repository's fixtures. A crash stops the run, leaves the input in
# fuzz/artifacts/<target>/ and fails; copy it into tests/fixtures/fuzz/<target>/, where
# tests/fuzz_regressions.rs replays it on every cargo test, and fix the reader.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/nightly.sh

TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(import share criteria_csv stored document)
SECONDS_EACH=${FUZZ_SECONDS:-30}

# Seeds: every fixture, subfolders included (the documents are where the readers start), each named
# by its path so files of one name in two folders both arrive.
seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  while IFS= read -r -d '' file; do
    local name=${file#tests/fixtures/}
    name=${name//\//__}
    if [ "$target" = document ]; then
      # The first byte picks the reader (fuzz_checks::document): 0 Word, 1 OpenDocument, 2 text.
      case $file in
        *.docx) { printf '\000'; cat "$file"; } > "$dir/$name" ;;
        *.odt) { printf '\001'; cat "$file"; } > "$dir/$name" ;;
        *.txt|*.md) { printf '\002'; cat "$file"; } > "$dir/$name" ;;
      esac
    else
      case $file in *.json|*.csv|*.txt) cp "$file" "$dir/$name" ;; esac
    fi
  done < <(find tests/fixtures -type f -size -1M -print0)
}

for target in "${TARGETS[@]}"; do
  seed "$target"
  if [ -n "${FUZZ_RUNS:-}" ]; then limit=(-runs="$FUZZ_RUNS"); else limit=(-max_total_time="$SECONDS_EACH"); fi
  echo "fuzz: $target (${limit[*]})"
  # -timeout: an input that takes 10 s is a hang, reported like a crash (FUZZ_TIMEOUT to allow more on
  # a loaded machine: a long run at load 17 once timed out on an input that takes 0.2 s alone).
  # -rss_limit_mb: a reader that balloons on a small input is a bug too.
  out=$(mktemp)
  status=0
  cargo "+$NIGHTLY" fuzz run "$target" "fuzz/corpus/$target" -- "${limit[@]}" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
    -print_final_stats=1 >"$out" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|SUMMARY|Test unit written|thread .* panicked)" "$out" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$out" >&2
    echo "fuzz: $target failed (exit $status); a failing input, if any, is in fuzz/artifacts/$target/" >&2
    rm -f "$out"
    exit 1
  fi
  rm -f "$out"
done
echo "fuzz: no crash in ${TARGETS[*]}"
