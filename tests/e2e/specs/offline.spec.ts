import { join } from 'node:path';
import { test, expect, serviceWorkerActivated } from '../support/fixtures';
import { LibraryPage, ScoringPage, SAMPLE_TEXT, waitForSaved } from '../support/library';
import { ResultsPage } from '../support/results';

/** The folder the app is served from: the service worker's scope and the manifest's. */
const scopeOf = (baseURL: string) => new URL('./', baseURL.endsWith('/') ? baseURL : `${baseURL}/`).href;

// Runs twice: at the site root (desktop) and under /spec-lens/ (sub-path), where the worker's scope is the sub-path.

test('after one visit the page opens and works with the network off', async ({ page, context, baseURL }) => {
  const library = new LibraryPage(page);
  await library.goto();
  expect(await serviceWorkerActivated(page)).toBe(scopeOf(baseURL!));

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await library.createFromText('Offline pilot', SAMPLE_TEXT);
  const scoring = new ScoringPage(page);
  await scoring.shortcut('4');
  await expect(scoring.answer(/^4 /)).toBeChecked();
  await expect(scoring.progress()).toHaveText(/^Answered 1 of \d+ applicable criteria$/);
  await waitForSaved(page);
  const results = new ResultsPage(page);
  await results.openFromScoring('Offline pilot');
  await expect(results.overall('100.0%')).toBeVisible();
});

test('documents open offline once the readers have been used online', async ({ page, context, baseURL }) => {
  const documents = join(__dirname, '..', '..', 'fixtures', 'documents');
  const picker = /^Open the specification: a Word, OpenDocument, PDF, text or Markdown file/;
  const preview = page.getByRole('heading', { name: 'What Spec Lens read' });
  await page.goto('./#/assessments/new');
  expect(await serviceWorkerActivated(page)).toBe(scopeOf(baseURL!));
  // First use, online: the reader's worker and pdf.js are fetched and kept.
  await page.getByLabel(picker).setInputFiles(join(documents, 'probation-accommodation.pdf'));
  await expect(preview).toBeFocused({ timeout: 20_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();
  await page.getByLabel(picker).setInputFiles(join(documents, 'accommodation-spec.docx'));
  await expect(page.getByText(/^accommodation-spec\.docx \(\d+ KB\)\. \d+ clauses under \d+ headings\./)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await page.getByLabel(picker).setInputFiles(join(documents, 'probation-accommodation.pdf'));
  await expect(page.getByText(/^probation-accommodation\.pdf \(\d+ KB\)\./)).toBeVisible({ timeout: 20_000 });
});

test('the page is installable: a manifest with a same-origin icon, in scope', async ({ page, context, baseURL }) => {
  await new LibraryPage(page).goto();
  const href = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
  const manifest = await (await page.request.get(href)).json();
  const scope = new URL(manifest.scope, href).href;
  expect(scope).toBe(scopeOf(baseURL!));
  expect(new URL(manifest.start_url, href).href).toBe(scope);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, href).href);
    expect(response.ok()).toBe(true);
    expect(new URL(response.url()).origin).toBe(new URL(baseURL!).origin);
  }
  await serviceWorkerActivated(page);
  const cdp = await context.newCDPSession(page);
  const parsed = await cdp.send('Page.getAppManifest');
  expect(parsed.errors).toEqual([]);
  // Chromium's own verdict; a Playwright context counts as incognito, where it never offers to install.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('where browsers allow no service worker (plain HTTP to another host), the page works as before', async ({ browser, baseURL }) => {
  // A second browser that resolves spec-lens.test to this machine: an origin that is not potentially trustworthy.
  const port = new URL(baseURL!).port;
  const insecure = await browser.browserType().launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--host-resolver-rules=MAP spec-lens.test 127.0.0.1',
    ],
  });
  try {
    const page = await insecure.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(new URL(new URL(baseURL!).pathname, `http://spec-lens.test:${port}`).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    expect(await page.evaluate(() => [isSecureContext, 'serviceWorker' in navigator])).toEqual([false, false]);
    await page.getByRole('link', { name: 'New assessment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await insecure.close();
  }
});

test.describe('where the browser blocks service workers', () => {
  test.use({ serviceWorkers: 'block' });

  test('the page works as before and logs no error', async ({ page }) => {
    await new LibraryPage(page).goto();
    await page.getByRole('link', { name: 'New assessment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
  });
});
