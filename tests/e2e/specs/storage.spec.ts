import { test, expect, axeViolations } from '../support/fixtures';
import { LibraryPage, ScoringPage, SAMPLE_TEXT, waitForSaved } from '../support/library';
import type { Page } from '@playwright/test';

const storedAssessments = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('spec-lens:v1:assessment:'))
      .map((k) => JSON.parse(localStorage.getItem(k)!).assessment),
  );

async function createAndOpen(page: Page, title: string) {
  await new LibraryPage(page).createFromText(title, SAMPLE_TEXT);
  await waitForSaved(page);
  return page.url();
}

test('an edit followed at once by a reload is not lost', async ({ page }) => {
  await createAndOpen(page, 'Reload check');
  const scoring = new ScoringPage(page);
  await scoring.shortcut('3');
  // Well inside the 300 ms the save waits for: the page must save as it is hidden.
  await page.reload();
  await expect(scoring.progress()).toHaveText(/^Answered 1 of \d+ applicable criteria$/);
  await expect(scoring.answer(/^3 /)).toBeChecked();
});

test('closing the page straight after an edit keeps it', async ({ page, context }) => {
  const url = await createAndOpen(page, 'Close check');
  await new ScoringPage(page).shortcut('2');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  const scoring = new ScoringPage(again);
  await expect(scoring.answer(/^2 /)).toBeChecked();
});

test('two pages editing one assessment: a newer write is never silently overwritten', async ({ page, context }) => {
  const url = await createAndOpen(page, 'Two tabs');
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('#criterion-title')).toBeVisible();

  // Changes from one tab reach the other when it has nothing unsaved.
  await new ScoringPage(page).shortcut('4');
  await waitForSaved(page);
  await expect(new ScoringPage(other).answer(/^4 /)).toBeChecked();

  // Both change the same criterion before either saves: the context's clock is stopped, then both
  // saves run in the same instant. One tab's write wins; the other tab must ask, whichever it is.
  await context.clock.install();
  await page.reload();
  await other.reload();
  await expect(other.locator('#criterion-title')).toBeVisible();
  await page.locator('body').press('1');
  await other.locator('body').press('3');
  await context.clock.runFor(400);
  const question = /was changed in another tab or window/;
  await expect
    .poll(async () => (await page.getByText(question).count()) + (await other.getByText(question).count()))
    .toBe(1);
  const [asked, winner] = (await page.getByText(question).count()) ? [page, other] : [other, page];
  const [askedLevel, winnerLevel] = asked === page ? [1, 3] : [3, 1];
  const level = async () => {
    const stored = await storedAssessments(asked);
    return stored[0].responses[Object.keys(stored[0].responses)[0]].answer.level;
  };
  expect(await level()).toBe(winnerLevel);
  await expect(asked.getByRole('status').filter({ hasText: /^Not saved/ })).toBeVisible();
  expect(await axeViolations(asked)).toEqual([]);

  // Keeping this tab's version is a deliberate choice; then it is saved and reaches the other tab.
  await asked.getByRole('button', { name: "Keep this tab's version" }).click();
  await context.clock.runFor(400);
  await waitForSaved(asked);
  expect(await level()).toBe(askedLevel);
  await expect(new ScoringPage(winner).answer(new RegExp(`^${askedLevel} `))).toBeChecked();
});

test('storage full: a banner offers a backup and the last good copy is kept', async ({ page }) => {
  const url = await createAndOpen(page, 'Quota check');
  const scoring = new ScoringPage(page);
  await scoring.shortcut('4');
  await waitForSaved(page);

  // Fill localStorage to the quota with filler entries.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 200; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        for (let size = 128 * 1024; size >= 16; size = Math.floor(size / 2)) {
          try {
            localStorage.setItem(`filler-${i}-${size}`, 'x'.repeat(size));
          } catch {}
        }
        return;
      }
    }
  });
  // Many edits so the document grows past the little room that is left.
  await page.getByLabel('Rationale').fill('A long rationale. '.repeat(400));
  const banner = page.getByRole('alert').filter({ hasText: "This browser's storage is full" });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download a backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^spec-lens-library-\d{4}-\d{2}-\d{2}\.speclens\.json$/);
  const backup = JSON.parse(await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8'));
  expect(backup.format).toBe('spec-lens');
  expect(backup.kind).toBe('library');
  expect(backup.payload.assessments[0].specification.title).toBe('Quota check');
  expect(backup.payload.assessments[0].responses[Object.keys(backup.payload.assessments[0].responses)[0]].rationale).toContain('A long rationale.');

  // The stored copy is the last good one: level 4, without the unsaved rationale.
  const stored = await storedAssessments(page);
  const response = stored[0].responses[Object.keys(stored[0].responses)[0]];
  expect(response.answer.level).toBe(4);
  expect(response.rationale).toBe('');

  // Free the space: the next edit saves again and the banner goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await page.getByLabel('Rationale').fill('Short.');
  await waitForSaved(page);
  await expect(banner).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByLabel('Rationale')).toHaveValue('Short.');
});

test('a corrupted entry planted before load is set aside and reported, and the rest loads', async ({ page }) => {
  await createAndOpen(page, 'Survivor');
  await page.evaluate(() => {
    localStorage.setItem('spec-lens:v1:assessment:broken', '{"format":"spec-lens-store","version":1,"assessment":{"id":');
    localStorage.setItem(
      'spec-lens:v1:assessment:future',
      JSON.stringify({ format: 'spec-lens-store', version: 99, assessment: { id: 'future' } }),
    );
  });
  await page.goto('/#/');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Storage problems' })).toContainText('could not be read');
  await expect(page.getByRole('region', { name: 'Storage problems' })).toContainText('spec-lens:v1:assessment:future');
  await expect(new LibraryPage(page).row('Survivor')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).not.toContain('spec-lens:v1:assessment:broken');
  const quarantined = keys.filter((k) => k.startsWith('spec-lens:quarantine:spec-lens:v1:assessment:broken'));
  expect(quarantined).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), quarantined[0])).toBe(
    '{"format":"spec-lens-store","version":1,"assessment":{"id":',
  );
  // An entry written by a newer version of Spec Lens is left exactly as it was.
  expect(await page.evaluate(() => localStorage.getItem('spec-lens:v1:assessment:future'))).toBe(
    JSON.stringify({ format: 'spec-lens-store', version: 99, assessment: { id: 'future' } }),
  );
});
