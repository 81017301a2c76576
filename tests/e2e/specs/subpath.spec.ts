import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test, expect, axeViolations, serviceWorkerActivated } from '../support/fixtures';
import { LibraryPage, ScoringPage, SAMPLE_TEXT, waitForSaved } from '../support/library';
import { ResultsPage } from '../support/results';
import { DIST, SUB_PATH, SUB_ROOT } from '../support/servers';

// The sub-path project serves the same release build under /spec-lens/ (see playwright.config.ts).

test('served under /spec-lens/: create an assessment, score a criterion, see results', async ({ page }) => {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  const library = new LibraryPage(page);
  await library.createFromText('Sub-path pilot', SAMPLE_TEXT);
  expect(new URL(page.url()).pathname).toBe(SUB_PATH);
  const scoring = new ScoringPage(page);
  await scoring.shortcut('3');
  await expect(scoring.answer(/^3 /)).toBeChecked();
  await waitForSaved(page);
  const results = new ResultsPage(page);
  await results.openFromScoring('Sub-path pilot');
  await expect(results.overall('75.0%')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // Every file came from under the sub-path, and the service worker's scope is the sub-path.
  expect(paths.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
  expect(new URL(await serviceWorkerActivated(page)).pathname).toBe(SUB_PATH);
});

test('a new deployment is offered with a Reload notice, and Reload switches the whole page to it', async ({ page }, info) => {
  // A copy of the build, deployed beside /spec-lens/, that this test may change.
  const dir = `deploy-${info.workerIndex}-${Date.now()}`;
  const root = join(SUB_ROOT, dir);
  await cp(DIST, root, { recursive: true });
  try {
    await page.goto(`/${dir}/#/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    await serviceWorkerActivated(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // Deploy a new version: a changed index.html, and sw.js written again by the build hook.
    const index = join(root, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name=spec-lens-build content=2><title>'));
    execFileSync('python3', [resolve(__dirname, '..', '..', '..', 'scripts', 'sw.py')], {
      env: { ...process.env, TRUNK_STAGING_DIR: root, TRUNK_PROFILE: 'release' },
    });
    // Look for it as the page does when shown again. An update check the browser began by itself before
    // the new files were written (it checks after a navigation) can answer this first call with the old
    // version, so look again until the new worker is found.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = (await navigator.serviceWorker.getRegistration())!;
          await registration.update();
          return !!(registration.installing || registration.waiting);
        }),
      )
      .toBe(true);

    const notice = page.getByRole('status').filter({ hasText: 'A new version of Spec Lens is ready.' });
    await expect(notice).toBeVisible();
    const reload = notice.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    // The running page is still the old version, whole: nothing of the new one is mixed in.
    await expect(page.locator('meta[name="spec-lens-build"]')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath('update-notice.png') });
    // An ordinary reload still gets the old version, whole, and the notice again.
    await page.reload();
    await expect(notice).toBeVisible();
    await expect(page.locator('meta[name="spec-lens-build"]')).toHaveCount(0);

    // Keyboard: Tab reaches the button, and Enter reloads into the new version.
    const focused = () => reload.evaluate((button) => button === document.activeElement);
    for (let i = 0; i < 60 && !(await focused()); i++) await page.keyboard.press('Tab');
    await expect(reload).toBeFocused();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    await expect(page.locator('meta[name="spec-lens-build"]')).toHaveCount(1);
    await expect(notice).toHaveCount(0);
    // Only the new version's cache is left.
    expect(await page.evaluate(() => caches.keys())).toHaveLength(1);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
