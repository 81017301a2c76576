import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, axeViolations } from '../support/fixtures';

// Issue 21: the first visit's start page is drawn into index.html at build time (scripts/prerender.mjs),
// so it paints before the wasm arrives. It is the page the app draws, not a placeholder; the app takes
// it over with nothing moving; and anyone with work or settings in this browser, on another page, or
// reading Welsh never sees it, not even for one frame.

const DRAFT = join(__dirname, '..', '..', 'fixtures', 'compare', 'accommodation-draft-1.speclens.json');

/** Records, at every frame the page paints, how many main regions are displayed and how many of those
 *  were drawn at build time. */
async function watchFrames(context: BrowserContext) {
  await context.addInitScript(() => {
    const frames: Array<[number, number]> = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    const tick = () => {
      frames.push([[...document.querySelectorAll('main')].filter((m) => m.getClientRects().length > 0).length, [...document.querySelectorAll('main[data-prerendered]')].filter((m) => m.getClientRects().length > 0).length]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Where the start page's parts are drawn. */
const layout = (page: Page) =>
  page.evaluate(() =>
    ['header', 'h1', 'main .import', 'main .examples', 'main .example-list', 'footer'].map((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return [selector, box && [box.x, box.y, box.width, box.height]];
    }),
  );

const frames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: Array<[number, number]> }).__frames);

test('a first visit paints the start page before the wasm arrives, and the app takes it over unchanged', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  await watchFrames(context);
  const page = await context.newPage();
  let release: () => void = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/spec_lens-[^/]*_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });

  // Before the wasm: the start page is there, seen and inert.
  const drawn = page.locator('main[data-prerendered]');
  await expect(drawn).toBeVisible();
  await expect(drawn).toHaveAttribute('inert', '');
  await expect(drawn.locator('h1')).toHaveText('Assessments');
  const before = await drawn.innerText();
  const layoutBefore = await layout(page);

  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  const live = page.getByRole('main');
  await expect(live.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  await expect(live.getByRole('button', { name: 'Open the worked example' })).toBeEnabled();
  expect(await live.innerText(), 'the same page').toBe(before);
  expect(await layout(page), 'nothing moved when the app took over').toEqual(layoutBefore);

  // Never two main regions, and never none once the first was painted.
  const seen = await frames(page);
  expect(seen.every(([mains]) => mains <= 1)).toBe(true);
  const first = seen.findIndex(([mains]) => mains === 1);
  expect(seen.slice(first).every(([mains]) => mains === 1)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('someone with work in this browser, another page or Welsh never sees the empty start page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  await watchFrames(context);
  const page = await context.newPage();
  await page.goto('./');
  await page.getByLabel(/^Choose \.speclens\.json files/).setInputFiles(DRAFT);
  await page.getByRole('button', { name: 'Save to my assessments' }).click();
  await expect(page.getByRole('region', { name: 'Export and share' })).toBeVisible();

  // A returning user: the list with the work in it, and the empty page in no frame at all.
  await page.goto('./');
  await page.reload();
  await expect(page.getByRole('rowheader', { name: /Accommodation/ })).toBeVisible();
  expect((await frames(page)).every(([, drawn]) => drawn === 0)).toBe(true);
  await context.close();

  for (const [locale, route] of [['en-GB', '?lang=cy#/'], ['cy-GB', ''], ['en-GB', '#/about']]) {
    const fresh = await browser.newContext({ baseURL, locale });
    await watchFrames(fresh);
    const other = await fresh.newPage();
    await other.goto(`./${route}`);
    await expect(other.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    expect((await frames(other)).every(([, drawn]) => drawn === 0), `${locale} ${route}`).toBe(true);
    await fresh.close();
  }
});
