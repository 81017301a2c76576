#!/usr/bin/env bash
# Makes the PDF test fixtures in tests/fixtures/documents/ from the flat ODT sources in
# tests/fixtures/documents/pdf-src/, with LibreOffice, poppler and qpdf, then dumps each PDF's text
# items with pdf.js (scripts/pdf_items.mjs) as FILE.pdf.json, which `cargo test --test document_pdf`
# reads. The results are committed: CI needs neither LibreOffice nor Node for these tests.
#   probation-accommodation.pdf         3 pages; "1." / "2.1" / "2.1.1" / "(a)" numbering, a two-line
#                                       running header, a "Page N of M" footer, hyphenated line ends
#   probation-accommodation-tagged.pdf  the same, as a tagged PDF (structure tree)
#   women-two-column.pdf                a full-width title over two columns
#   scanned.pdf                         a page as an image only: no text layer
#   encrypted.pdf                       the first, encrypted with a user password ("user")
# Usage: scripts/make_pdf_fixtures.sh   (installs what is missing from Debian; root or sudo)
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/documents
src=$out/pdf-src
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v soffice >/dev/null || ! command -v qpdf >/dev/null || ! command -v pdftoppm >/dev/null; then
  as_root apt-get update -qq
  # Another install may hold the dpkg lock: wait for it rather than fail.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq \
    libreoffice-writer-nogui qpdf poppler-utils
fi
[ -d node_modules/pdfjs-dist ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
convert() { # convert FILTER OUTDIR FILE...
  local filter=$1 dir=$2
  shift 2
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to "$filter" --outdir "$dir" "$@" >/dev/null
}

convert pdf "$out" "$src/probation-accommodation.fodt" "$src/women-two-column.fodt"

mkdir -p "$work/tagged"
convert 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' "$work/tagged" \
  "$src/probation-accommodation.fodt"
mv "$work/tagged/probation-accommodation.pdf" "$out/probation-accommodation-tagged.pdf"

# A scanned page: the two-column page as a picture, placed alone on a page and printed to PDF.
pdftoppm -r 60 -f 1 -l 1 -png "$out/women-two-column.pdf" "$work/scan"
png=$(ls "$work"/scan*.png | head -n 1)
python3 - "$png" "$work/scanned.fodt" <<'PY'
import base64, sys
png, target = sys.argv[1], sys.argv[2]
data = base64.b64encode(open(png, "rb").read()).decode()
open(target, "w").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm"
   fo:page-height="29.7cm" fo:margin-top="0.5cm" fo:margin-bottom="0.5cm" fo:margin-left="0.5cm"
   fo:margin-right="0.5cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
 <office:body><office:text><text:p><draw:frame draw:name="Scan" text:anchor-type="as-char"
  svg:width="19.5cm" svg:height="27.5cm"><draw:image><office:binary-data>{data}</office:binary-data>
  </draw:image></draw:frame></text:p></office:text></office:body>
</office:document>
""")
PY
convert pdf "$out" "$work/scanned.fodt"

qpdf --encrypt user owner 256 -- "$out/probation-accommodation.pdf" "$out/encrypted.pdf"

node scripts/pdf_items.mjs "$out"/probation-accommodation.pdf "$out"/probation-accommodation-tagged.pdf \
  "$out"/women-two-column.pdf "$out"/scanned.pdf "$out"/encrypted.pdf
