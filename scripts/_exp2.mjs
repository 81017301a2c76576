import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const BASE = process.env.BASE ?? 'http://127.0.0.1:8091';
const entries = JSON.parse(readFileSync('target/bench-data/storage-200.json', 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking'] });
const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
const page = await context.newPage();
await page.goto(`${BASE}/public/icon.svg`);
await page.evaluate((e) => { localStorage.clear(); for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }, entries);
await page.goto(`${BASE}/#/`);
await page.locator('.library-table tbody tr').nth(199).waitFor();
await page.evaluate(() => {
  window.__t = [];
  const original = URL.createObjectURL;
  let start = 0;
  addEventListener('click', () => { start = performance.now(); }, { capture: true });
  URL.createObjectURL = (blob) => { window.__t.push(performance.now() - start); return original(blob); };
});
const button = page.getByRole('button', { name: 'Download a backup', exact: true });
for (let i = 0; i < 4; i++) { const d = page.waitForEvent('download'); await button.click(); await d; await page.waitForTimeout(300); }
console.log((await page.evaluate(() => window.__t)).map((t) => t.toFixed(0)).join(' '));
await browser.close();
