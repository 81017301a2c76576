import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const DATA = '/work/main/target/bench-data';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking'] });
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto('http://127.0.0.1:8091/#/workshop');
await page.locator('#workshop-files').waitFor();
await page.setInputFiles('#workshop-files', readdirSync(join(DATA, 'merge')).sort().map((f) => join(DATA, 'merge', f)));
await page.getByText('0 of 100 criteria agreed').first().waitFor();
await page.waitForTimeout(500);
console.log(await page.evaluate(() => {
  const div = document.querySelector('.table-scroll');
  const html = div.innerHTML;
  const out = [html.length];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now(); div.innerHTML = ''; void div.offsetHeight;
    const t1 = performance.now(); div.innerHTML = html; const t2 = performance.now(); void div.offsetHeight; const t3 = performance.now();
    out.push([(t2 - t1).toFixed(1), (t3 - t2).toFixed(1)]);
  }
  return out;
}));
// Time a Leptos re-render: change sort.
const sel = page.locator('select').first();
const opts = await sel.evaluate(s => [...s.options].map(o => o.value));
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
for (const v of [opts[1], opts[0], opts[1], opts[0]]) {
  console.log(await page.evaluate(async (v) => {
    const s = document.getElementById('comparison-sort');
    const t0 = performance.now();
    s.value = v; s.dispatchEvent(new Event('change', { bubbles: true }));
    const t1 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const t2 = performance.now();
    return [v, (t1 - t0).toFixed(1), (t2 - t1).toFixed(1)];
  }, v));
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map(); profile.nodes.forEach((n) => (n.children ?? []).forEach((c) => parentOf.set(c, n.id)));
// inclusive time per function name
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let p = id; while (p) { const k = byId.get(p).callFrame.functionName.replace(/::h[0-9a-f]{16}/g,'').slice(0, 110) || '(' + byId.get(p).callFrame.url.split('/').pop() + ')'; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000); } p = parentOf.get(p); } });
[...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
await browser.close();
