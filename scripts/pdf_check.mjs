#!/usr/bin/env node
// Checks the PDF reader in headless Chromium against a release build (default dist/; PDF_CHECK_DIST to
// choose another):
//  1. the first load requests nothing from pdfjs/, and sw.js does not precache it;
//  2. pdfjs/pdf-read.mjs, imported the way src/browser/pdf.js does under the page's own
//     Content-Security-Policy, reads each fixture PDF to exactly the JSON committed beside it (which
//     Node made with the same pdf.js; `cargo test --test document_pdf` reads it), an encrypted PDF
//     throws "encrypted" and a damaged one "damaged:…";
//  3. once used, the service worker has cached pdf.js, and a PDF opens again offline.
// Usage: node scripts/pdf_check.mjs    (needs /usr/bin/chromium and a `trunk build --release`)
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const DIST = resolve(process.env.PDF_CHECK_DIST ?? join(ROOT, 'dist'));
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'documents');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png' };

let failures = 0;
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures++;
};

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(DIST, path.endsWith('/') ? path + 'index.html' : path));
  if (!file.startsWith(DIST)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = [];
  context.on('request', (r) => requested.push(r.url()));
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  const refused = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });

  // 1. The first load.
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready, null,
    { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(1500);
  const pdfjs = requested.filter((u) => u.includes('/pdfjs/'));
  check(pdfjs.length === 0, `first load requests nothing from pdfjs/ (${requested.length} requests)`);
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  check(!sw.match(/F=\[[^\]]*pdfjs/), 'sw.js does not precache pdfjs/');
  const lazy = (await readdir(join(DIST, 'pdfjs'))).sort();
  check(JSON.stringify(lazy) === JSON.stringify(['pdf-read.mjs', 'pdf.min.mjs', 'pdf.worker.min.mjs']),
    `dist/pdfjs holds ${lazy.join(', ')}`);

  // 2. Reading the fixtures in the browser, as src/browser/pdf.js does, once the worker controls the page.
  await page.reload({ waitUntil: 'networkidle' });
  const read = (bytes) => page.evaluate(async (data) => {
    const reader = await import(new URL('pdfjs/pdf-read.mjs', document.baseURI).href);
    try {
      return { json: await reader.readPdf(new Uint8Array(data)) };
    } catch (e) {
      return { error: String(e) };
    }
  }, Array.from(bytes));
  for (const name of ['probation-accommodation', 'probation-accommodation-tagged', 'women-two-column', 'scanned',
    'encrypted']) {
    const bytes = await readFile(join(FIXTURES, `${name}.pdf`));
    const expected = JSON.parse(await readFile(join(FIXTURES, `${name}.pdf.json`), 'utf8'));
    const got = await read(bytes);
    const actual = got.json ? JSON.parse(got.json) : { error: got.error };
    check(JSON.stringify(actual) === JSON.stringify(expected), `${name}.pdf reads in Chromium as in ${name}.pdf.json`);
  }
  const damaged = await read(Buffer.from('%PDF-1.7\nthis is not a PDF body\n%%EOF\n'));
  check(String(damaged.error).startsWith('damaged:'), `a damaged PDF throws ${damaged.error ?? 'nothing'}`);
  check(workers.some((u) => u.endsWith('/pdfjs/pdf.worker.min.mjs')),
    `pdf.js runs in its own same-origin worker (${workers.length ? `${workers.length} started from ${new URL(workers[0]).pathname}` : 'none: a main-thread fallback'})`);
  check(refused.length === 0, `no Content-Security-Policy refusals${refused.length ? ': ' + refused.join(' | ') : ''}`);

  // 3. Cached on first use; works offline.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(r.url);
    return urls.filter((u) => u.includes('/pdfjs/')).map((u) => u.slice(u.indexOf('/pdfjs/') + 1)).sort();
  });
  check(cached.includes('pdfjs/pdf.min.mjs') && cached.includes('pdfjs/pdf.worker.min.mjs') &&
    cached.includes('pdfjs/pdf-read.mjs'), `the service worker cached ${cached.join(', ') || 'nothing'} on first use`);
  await context.setOffline(true);
  await page.reload({ waitUntil: 'load' });
  const offline = await read(await readFile(join(FIXTURES, 'women-two-column.pdf')));
  check(Boolean(offline.json) && JSON.parse(offline.json).pages.length === 1, `a PDF opens offline (${offline.error ?? 'read'})`);
} finally {
  await browser.close();
  server.close();
}
console.log(failures ? `pdf_check: ${failures} check(s) failed` : 'pdf_check: all passed');
process.exit(failures ? 1 : 0);
