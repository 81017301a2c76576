import { test, expect, axeViolations } from '../support/fixtures';
import { LibraryPage, SAMPLE_TEXT, waitForSaved } from '../support/library';

// A shared computer: Spec Lens asks the browser to keep its storage once there is work, and
// "Forget this browser" offers a backup, then removes every Spec Lens key and says what went.

test('forget this browser: a backup is offered, then every Spec Lens key goes and the page says what', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.createFromText('Shared machine', SAMPLE_TEXT);
  await waitForSaved(page);
  // Another app on the same origin keeps its own keys.
  await page.evaluate(() => localStorage.setItem('someone-else', 'kept'));

  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { name: 'On a shared computer' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /storage/ }).first()).toHaveText(/This browser (has agreed|has not agreed|cannot say)/);
  const reveal = page.getByRole('button', { name: 'Forget this browser…' });
  await reveal.focus();
  await page.keyboard.press('Enter');
  await expect(reveal).toHaveAttribute('aria-expanded', 'true');
  expect(await axeViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup first' }).click();
  expect((await download).suggestedFilename()).toMatch(/^spec-lens-library-.*\.speclens\.json$/);

  await page.getByRole('button', { name: 'Remove everything from this browser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spec Lens has forgotten this browser' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Removed / })).toHaveText(/^Removed 1 assessment, 0 imported or edited frameworks, /);
  expect(await axeViolations(page)).toEqual([]);
  const left = await page.evaluate(() => Object.keys(localStorage));
  expect(left).toEqual(['someone-else']);

  await page.getByRole('link', { name: 'Open Spec Lens afresh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(library.row('Shared machine')).toHaveCount(0);
});
