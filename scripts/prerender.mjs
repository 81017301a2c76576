// The first visit's start page, drawn into dist/index.html at build time (issue 21: a first paint that
// needs no wasm). The release build is served, opened in headless Chromium as a first-time English
// visitor (no storage, no ?lang), and the page the app draws (the empty list of assessments) is copied
// into index.html: the same page, marked `data-prerendered` and `inert` (seen, not yet usable).
//
// Two things keep it honest:
// - index.html's inline script in <head> marks a first-time English visitor on the start page
//   (`data-first-visit`); for anyone else style/main.css hides the copy from the first paint, so a
//   returning user whose browser holds work never sees the empty page;
// - the app removes it in the same task as it mounts (`browser::lifecycle::remove_prerendered`), so
//   no frame shows both or neither.
//
// Run by scripts/release.sh after Trunk; it then writes sw.js again, since index.html changed.
// Usage: node scripts/prerender.mjs [dist]
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const DIST = resolve(process.argv[2] ?? 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Where the copy goes: the end of <body>, where the app draws its own.
const MARKER = /<\/body>/;
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!file.startsWith(DIST)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The app's drawing of the start page for a first-time English visitor: body's elements, as HTML. */
async function draw(address) {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    // No service worker: it would cache this throwaway origin's build.
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(address);
    await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Try an example' }).waitFor();
    await page.waitForLoadState('networkidle');
    if (problems.length) throw new Error(`the page failed: ${problems.join('; ')}`);
    return await page.evaluate(() => {
      const drawn = [...document.body.children].filter((e) => !['SCRIPT', 'NOSCRIPT', 'LINK'].includes(e.tagName));
      for (const e of drawn) {
        e.setAttribute('data-prerendered', '');
        e.setAttribute('inert', '');
      }
      // The page's Content-Security-Policy has no 'unsafe-inline' styles: a style attribute would be
      // refused (and logged) when read from HTML, though the app may set one from code.
      const styled = document.body.querySelectorAll('[style]').length;
      return { html: drawn.map((e) => e.outerHTML).join(''), styled };
    });
  } finally {
    await browser.close();
  }
}

async function main() {
  const index = join(DIST, 'index.html');
  let html = await readFile(index, 'utf8');
  const at = html.search(MARKER);
  if (at < 0 || !/data-prerendered-check/.test(html)) throw new Error(`${index} has no </body>, or no <script data-prerendered-check>`);
  if (!existsSync(CHROMIUM)) {
    console.log(`prerender: skipped, no Chromium at ${CHROMIUM} (the page works; its first paint waits for the wasm)`);
    return;
  }
  const server = await serve();
  try {
    const { html: drawn, styled } = await draw(`http://127.0.0.1:${server.address().port}/`);
    if (styled) throw new Error(`the start page has ${styled} style attributes, which the CSP would refuse`);
    html = html.slice(0, at) + drawn + html.slice(at);
    await writeFile(index, html);
    console.log(`prerender: the start page (${drawn.length} bytes of HTML) written into ${index}`);
  } finally {
    server.close();
  }
}

main().catch((e) => {
  console.error(`prerender: ${e.message}`);
  process.exit(1);
});
