#!/usr/bin/env bash
# Where the page's bytes go: the wasm of the last release build, by area, for cutting it.
# Usage: make size-report (after `make build`; installs twiggy from crates.io if missing).
#
# It runs wasm-bindgen and wasm-opt -Oz as Trunk does, but keeps function names (-g), then sums
# twiggy's per-function sizes into areas: our own modules, Leptos (tachys, reactive_graph),
# serde, the standard library, data. Sizes are raw bytes of the optimised wasm; the last lines
# give the gzip size of its code and data sections, which is what the budget counts.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TWIGGY_VERSION=0.8.0
wasm=target/wasm32-unknown-unknown/release/spec_lens.wasm
[ -f "$wasm" ] || { echo "size-report: no release build; run 'make build' first" >&2; exit 1; }
if ! twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION\$"; then
  echo "size-report: installing twiggy $TWIGGY_VERSION from crates.io"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
out=target/size-report
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" "$wasm"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/spec_lens_bg.wasm" -o "$out/named.wasm"
twiggy top -n 1000000 -f csv "$out/named.wasm" > "$out/top.csv"
python3 - "$out/top.csv" "$out/named.wasm" <<'PY'
import collections, csv, gzip, re, sys

rows = list(csv.DictReader(open(sys.argv[1])))
areas = collections.Counter()
counts = collections.Counter()
for row in rows:
    name, size = row["Name"], int(row["ShallowSize"])
    if name.startswith('"function names"') or "custom section" in name or name[:1] in "Σ.":
        continue
    if "data segment" in name:
        area = "data (strings, built-in JSON, tables)"
    elif re.search(r"serde_core::de|serde_json::de|serde_json::value::de|Deserialize", name):
        area = "serde: reading"
    elif re.search(r"serde_core::ser|serde_json::ser|serde_json::value::ser|Serialize", name):
        area = "serde: writing"
    elif m := re.match(r"<?spec_lens::(ui::\w+|\w+)", name):
        area = "spec_lens::" + m.group(1)
    elif re.match(r"<?(tachys|reactive_graph|leptos\w*|either_of|any_spawner)\b", name) or "IntoAny" in name:
        area = "Leptos (tachys, reactive_graph)"
    elif re.match(r"<?(core|alloc|std|hashbrown|dlmalloc|compiler_builtins)\b", name):
        area = "standard library"
    elif m := re.match(r"<?([a-z_][a-z0-9_]*)::", name):
        area = m.group(1)
    else:
        area = "other (generic glue)"
    areas[area] += size
    counts[area] += 1
total = sum(areas.values())
print(f"{'area':<44}{'bytes':>10}{'share':>8}{'items':>8}")
for area, size in areas.most_common(30):
    print(f"{area:<44}{size:>10}{size / total:>8.1%}{counts[area]:>8}")
print(f"{'total (functions and data)':<44}{total:>10}")

def leb(data, i):
    value = shift = 0
    while True:
        byte = data[i]; i += 1
        value |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80:
            return value, i

wasm = open(sys.argv[2], "rb").read()
i, sections = 8, collections.defaultdict(bytes)
while i < len(wasm):
    kind = wasm[i]; size, i = leb(wasm, i + 1)
    sections[kind] += wasm[i:i + size]; i += size
for kind, label in ((10, "code section"), (11, "data section")):
    body = sections[kind]
    print(f"{label:<44}{len(body):>10} raw {len(gzip.compress(body, 9)):>9} gzip")
PY
