import { chromium } from '@playwright/test';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const BASE = process.env.BASE ?? 'http://127.0.0.1:8091';
const DATA = 'target/bench-data';
const what = process.argv[2] ?? 'merge';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking'] });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
let sel, paths, done;
if (what === 'merge') {
  await page.goto(`${BASE}/#/workshop`);
  sel = '#workshop-files'; paths = readdirSync(join(DATA, 'merge')).sort().map((f) => join(DATA, 'merge', f)); done = '0 of 100 criteria agreed';
} else {
  await page.goto(`${BASE}/#/`);
  sel = '#import-files'; paths = [join(DATA, 'library-5mb.speclens.json')]; done = ': read.';
}
await page.locator(sel).waitFor();
await page.evaluate(({ sel, done }) => {
  window.__t = null;
  document.querySelector(sel).addEventListener('change', () => {
    const start = performance.now();
    const obs = new MutationObserver(() => { if (document.body.textContent.includes(done)) { window.__t = performance.now() - start; obs.disconnect(); } });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, { capture: true, once: true });
}, { sel, done });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.setInputFiles(sel, paths);
await page.waitForFunction(() => window.__t !== null, null, { timeout: 60000 });
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
console.log('time', await page.evaluate(() => window.__t));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || '(' + n.callFrame.url.split('/').pop() + ')'; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k.slice(0, 150)));
// inclusive for spec_lens functions
const parent = new Map(); profile.nodes.forEach((n) => (n.children ?? []).forEach((c) => parent.set(c, n.id)));
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur !== undefined) { const k = byId.get(cur).callFrame.functionName; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } cur = parent.get(cur); } });
console.log('--- inclusive (spec_lens)');
[...incl.entries()].filter(([k]) => k.includes('spec_lens')).sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k.slice(0, 160)));
await browser.close();
