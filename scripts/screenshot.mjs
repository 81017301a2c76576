// Takes a PNG of a page of the built app, for looking at what we build.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--full]
import { chromium } from '@playwright/test';

const [url, out, width = '1280', height = '800', full] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
await page.waitForSelector('#page-heading');
await page.screenshot({ path: out, fullPage: full === '--full' });
await browser.close();
