#!/usr/bin/env bash
# Prints the size of every file in dist/ (raw, gzip -9) and fails when the gzip total of what a
# first visit loads exceeds the budget. Every crate costs bytes on every user's first load.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_KB=${SIZE_BUDGET_KB:-250}

[ -d dist ] || { echo "size: no dist/ folder; run 'trunk build --release' first" >&2; exit 1; }
total_raw=0
total_gz=0
printf '%-48s %10s %10s\n' file raw gzip
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f -print0 | sort -z)
printf '%-48s %10d %10d\n' TOTAL "$total_raw" "$total_gz"
budget=$((BUDGET_KB * 1024))
if [ "$total_gz" -gt "$budget" ]; then
  echo "size: FAIL: dist/ is $((total_gz / 1024)) KB gzip, over the budget of $BUDGET_KB KB" >&2
  exit 1
fi
echo "size: dist/ is $((total_gz / 1024)) KB gzip, within the budget of $BUDGET_KB KB"
