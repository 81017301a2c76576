import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every test gets a page that records every request it makes and every console error.
 * After the test, it fails if any request left the page's origin (privacy: nothing leaves
 * the browser) or if the page logged a CSP violation or an uncaught error.
 */
export const test = base.extend<{ guard: void; consoleErrorsExpected: boolean }>({
  // The first visit's start page is drawn into index.html at build time (scripts/prerender.mjs), inert
  // until the app mounts and removes it. A person cannot use it before then, and neither does a test:
  // every load waits for the app itself.
  page: async ({ page }, use) => {
    for (const load of ['goto', 'reload'] as const) {
      const original = page[load].bind(page) as (...args: unknown[]) => Promise<unknown>;
      Object.assign(page, {
        [load]: async (...args: unknown[]) => {
          const response = await original(...args);
          await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
          return response;
        },
      });
    }
    await use(page);
  },
  // A test that provokes an error on purpose (a CSP refusal) sets this with test.use().
  consoleErrorsExpected: [false, { option: true }],
  guard: [
    async ({ page, baseURL, consoleErrorsExpected }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await use();
      expect(foreign, 'requests that left the page origin').toEqual([]);
      if (!consoleErrorsExpected) expect(problems, 'errors logged by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page of the app by its hash route and waits until the app has rendered.
 * The address is relative to baseURL, so the same call works at a site root and under a sub-path. */
export async function open(page: Page, route = '#/'): Promise<void> {
  await page.goto(`./${route}`);
  await expect(page.getByRole('banner')).toBeVisible();
}

/** Waits until the service worker that controls this page's scope has installed and activated. */
export async function serviceWorkerActivated(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done(null)));
    }
    return registration.scope;
  });
}

/** Runs axe-core with the WCAG 2.2 AA rule set and returns the violations, formatted for a failure message. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
