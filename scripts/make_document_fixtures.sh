#!/usr/bin/env bash
# Regenerates the Word and OpenDocument reader fixtures in tests/fixtures/documents/.
#
# Each flat ODT source in tests/fixtures/documents/src/ is converted by LibreOffice into .docx and
# .odt; LibreOffice's own plain-text rendering of each (list numbers included) is kept in
# expected/, and the native tests check the readers' labels against it. Then
# make_document_fixtures.py writes the hand-built Word package and the hostile files.
#
# Needs LibreOffice (Debian: libreoffice-writer-nogui) and python3. The results are committed, so
# CI never runs this. Converted files carry timestamps: rerunning changes their bytes, not their
# content.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tests/fixtures/documents"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v soffice >/dev/null || {
  echo "soffice not found: apt-get install -y libreoffice-writer-nogui" >&2
  exit 1
}
# A private profile, so a running LibreOffice (or a first-start dialog) cannot interfere.
lo=(soffice "-env:UserInstallation=file://$work/profile" --headless)

mkdir -p "$out/expected"
for source in "$out"/src/*.fodt; do
  name="$(basename "$source" .fodt)"
  "${lo[@]}" --convert-to docx --outdir "$out" "$source" >/dev/null
  "${lo[@]}" --convert-to odt --outdir "$out" "$source" >/dev/null
  for kind in docx odt; do
    cp "$out/$name.$kind" "$work/$name-$kind.$kind"
    "${lo[@]}" --convert-to "txt:Text (encoded):UTF8" --outdir "$work" "$work/$name-$kind.$kind" >/dev/null
    # LibreOffice writes a byte-order mark; drop it so the expected files diff cleanly.
    sed '1s/^\xEF\xBB\xBF//' "$work/$name-$kind.txt" >"$out/expected/$name.$kind.txt"
  done
done

python3 "$root/scripts/make_document_fixtures.py" "$out"

# LibreOffice's rendering of the hand-built Word package, for the same label check.
cp "$out/word-features.docm" "$work/word-features.docx"
"${lo[@]}" --convert-to "txt:Text (encoded):UTF8" --outdir "$work" "$work/word-features.docx" >/dev/null
sed '1s/^\xEF\xBB\xBF//' "$work/word-features.txt" >"$out/expected/word-features.docm.txt"

ls -l "$out" "$out/expected"
