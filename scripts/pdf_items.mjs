#!/usr/bin/env node
// Dumps each PDF given as the JSON the browser's PDF reader returns (js/pdf-read.mjs, run here with
// the same pdf.js from node_modules), to FILE.pdf.json beside it: fixtures for `cargo test`, which so
// needs neither Node nor LibreOffice. A PDF pdf.js refuses gets {"error": "encrypted" | "damaged:…"}.
// Usage: node scripts/pdf_items.mjs tests/fixtures/documents/*.pdf
import { readFile, writeFile } from "node:fs/promises";
import * as pdfjs from "../node_modules/pdfjs-dist/legacy/build/pdf.mjs";
import { extract } from "../js/pdf-read.mjs";

for (const path of process.argv.slice(2)) {
  const bytes = new Uint8Array(await readFile(path));
  let json;
  try {
    json = JSON.stringify(JSON.parse(await extract(pdfjs, bytes)), null, 1);
  } catch (e) {
    json = JSON.stringify({ error: String(e) });
  }
  await writeFile(path + ".json", json + "\n");
  console.log(`${path}.json`);
}
