import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const MARKS = `
  window.__marks = {};
  new MutationObserver(() => {
    const m = window.__marks;
    if (m.firstRender === undefined && document.getElementById('page-heading')) m.firstRender = performance.now();
    if (m.usable === undefined && window.__ready && window.__ready()) m.usable = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const entries = JSON.parse(readFileSync('target/bench-data/storage-200.json','utf8'));
await page.goto('http://127.0.0.1:8090/public/icon.svg');
await page.evaluate((e) => { localStorage.clear(); for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }, entries);
await page.close();
const cold = await context.newPage();
cold.on('console', m => console.log('console', m.type(), m.text().slice(0,300)));
await cold.addInitScript(MARKS + `window.__ready = () => document.querySelectorAll('.library-table tbody tr').length >= 200;`);
await cold.goto('http://127.0.0.1:8090/#/');
await cold.waitForTimeout(3000);
console.log(await cold.evaluate(() => JSON.stringify(window.__marks)), await cold.locator('.library-table tbody tr').count());
await browser.close();
