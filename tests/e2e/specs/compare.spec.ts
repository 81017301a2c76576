import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from '../support/fixtures';
import { LibraryPage } from '../support/library';

// Two drafts of the Accommodation specification, scored: written by tests/compare.rs from
// tests/support/compare_pair.rs (draft 2 names women, adds a local needs assessment, drops clause 7).
const FIXTURES = ['accommodation-draft-1', 'accommodation-draft-2'].map((name) =>
  join(__dirname, '..', '..', 'fixtures', 'compare', `${name}.speclens.json`),
);
const TITLE = 'Comparison: Commissioned Rehabilitative Services: Accommodation, Draft 1 and Draft 2';
const ADDRESS = '#/compare/accommodation-draft-1/accommodation-draft-2';

async function importDrafts(page: Page) {
  const library = new LibraryPage(page);
  await library.goto();
  await library.picker().setInputFiles(FIXTURES);
  await library.saveImported();
  await expect(page.getByText('Saved 2 assessments.')).toBeVisible();
  await library.goto();
}

/** The criterion table's row headers, in the order shown. */
async function criterionOrder(page: Page) {
  const table = page.getByRole('table', { name: /Each criterion's answer in both/ });
  return (await table.getByRole('rowheader').allInnerTexts()).map((t) => t.split('\n')[0].replace(/Critical$/, '').trim());
}

test('tick two drafts, compare them with the keyboard: results, criteria, text changes, downloads; storage untouched', async ({ page }) => {
  test.setTimeout(60_000);
  await importDrafts(page);

  // One ticked is not two: a sentence, and no navigation.
  await page.getByRole('checkbox', { name: /^Compare .*version Draft 2/ }).check();
  await page.getByRole('button', { name: 'Compare the two ticked' }).click();
  await expect(page.getByText('Tick two assessments in the Compare column to compare them: one is ticked.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The second tick by keyboard; draft 1 (changed first) goes on the left whichever was ticked first.
  await page.getByRole('checkbox', { name: /^Compare .*version Draft 1/ }).focus();
  await page.keyboard.press('Space');
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  await page.getByRole('button', { name: 'Compare the two ticked' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(new URL(page.url()).hash).toBe(ADDRESS);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();

  // The overall result side by side with the change, and the band that stayed.
  const summary = page.getByRole('table', { name: 'The overall results side by side' });
  await expect(summary.getByRole('row', { name: /Overall score/ })).toHaveText(/4\.8%\s*7\.8%\s*\+3\.0 points/);
  await expect(summary.getByRole('row', { name: /Band/ })).toHaveText(/Inadequate\s*Inadequate\s*Same/);
  await expect(page.getByText(/No longer holding the band down .*Local needs assessment/)).toBeVisible();
  await expect(page.getByText(/^3 criteria better, 1 worse, 40 the same, 1 changed in another way/)).toBeVisible();

  // The section chart comes with its table.
  const chart = page.getByRole('figure', { name: /Section changes/ });
  await expect(chart.getByRole('img', { name: /Section changes/ })).toBeVisible();
  await expect(chart.getByRole('row', { name: /Breadth of evidence and data sources/ })).toHaveText(/1\.9%\s*19\.2%\s*\+17\.3 points/);

  // Largest change first: three levels up and across the cap.
  const first = page.getByRole('table', { name: /largest change first/ }).getByRole('row').nth(1);
  await expect(first.getByRole('rowheader')).toContainText('Local needs assessment');
  await expect(first).toContainText('0 Absent');
  await expect(first).toContainText('3 Achieving');
  await expect(first).toContainText('+3');
  await expect(first).toContainText('No longer holds the band down');
  await expect(first).toContainText('Evidence added: Clause 4:');
  expect((await criterionOrder(page)).slice(0, 4)).toEqual([
    'Local needs assessment', 'Women', 'Needs traced to outcomes', 'Eligibility and referral routes',
  ]);

  // Changes only, then framework order, by keyboard.
  await page.getByRole('checkbox', { name: 'Show only criteria that changed' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Showing the 9 criteria with a change, of 45.' })).toBeVisible();
  await page.getByRole('radio', { name: 'Framework order' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('table', { name: /in framework order/ })).toBeVisible();
  expect((await criterionOrder(page)).slice(0, 2)).toEqual(['Local needs assessment', 'People outside the caseload']);
  expect(await axeViolations(page)).toEqual([]);

  // What changed in the text, the words marked with words as well as lines.
  await expect(page.getByText('From the first text to the second: 1 clause added, 1 removed, 2 reworded; 12 clauses unchanged (3 of them under another number).')).toBeVisible();
  const eligibility = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Clause 3 reworded' }) });
  await expect(eligibility.locator('del')).toHaveText('[removed: people]');
  await expect(eligibility.locator('ins').first()).toHaveText('[added: women and men]');
  await expect(eligibility).toContainText('Cited by: “People outside the caseload”');
  await expect(page.getByRole('heading', { name: 'Clause 7 removed' })).toBeVisible();
  // A criterion's cited clause that changed leads to the change, leaving the address alone.
  const women = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Women/ }) });
  await women.getByRole('link', { name: 'Clause 3 reworded' }).focus();
  await page.keyboard.press('Enter');
  await expect(eligibility).toBeFocused();
  expect(new URL(page.url()).hash).toBe(ADDRESS);

  // The downloads.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the comparison (CSV)' }).click();
  const csv = await readFile((await (await csvDownload).path())!, 'utf8');
  expect(csv.startsWith('\uFEFFRow,Section,Criterion,Answer in the first,Answer in the second,')).toBe(true);
  expect(csv).toContain('Criterion,Breadth of evidence and data sources,Local needs assessment (critical),0 Absent,3 Achieving,+3,Better,');
  const mdDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the comparison (Markdown)' }).click();
  const markdown = await readFile((await (await mdDownload).path())!, 'utf8');
  expect(markdown.startsWith(`# ${TITLE}\n`)).toBe(true);
  expect(markdown).toContain('- **Clause 3 reworded**: Eligibility: ~~people~~ **women and men**');

  // Printed: no controls, every block there.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download the comparison (CSV)' })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Show only criteria that changed' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'What changed in the text' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Comparing wrote nothing.
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(stored);

  // Swapped, draft 2 comes first and the changes run the other way.
  await page.getByRole('link', { name: 'Swap the two' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Comparison: Commissioned Rehabilitative Services: Accommodation, Draft 2 and Draft 1' })).toBeVisible();
  await expect(page.getByText(/Now holding the band down .*Local needs assessment/)).toBeVisible();
});

test('a bookmarked comparison opens again; itself, a deleted assessment and a wrong address each get a sentence', async ({ page }) => {
  await importDrafts(page);
  await page.goto(`./${ADDRESS}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./#/compare/accommodation-draft-1/accommodation-draft-1');
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing to compare' })).toBeVisible();
  await expect(page.getByText(/compares “Commissioned Rehabilitative Services: Accommodation” with itself/)).toBeVisible();

  await page.goto('./#/compare/accommodation-draft-1/no-such-assessment');
  await expect(page.getByText(/^The second of the two assessments this address compares is not in this browser/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Deleted after the address was bookmarked.
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Delete Commissioned Rehabilitative Services: Accommodation' }).first().click();
  await page.goto(`./${ADDRESS}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing to compare' })).toBeVisible();
  await expect(page.getByText(/this address compares is not in this browser: it may have been deleted/)).toBeVisible();
});

test('draft 1 under framework 1.0 against draft 2 under 1.1: criteria compared by id, the overall not, and why', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.picker().setInputFiles([
    join(__dirname, '..', '..', 'fixtures', 'compare', 'accommodation-draft-1-v1-0.speclens.json'),
    FIXTURES[1],
  ]);
  await library.saveImported();
  await expect(page.getByText('Saved 2 assessments.')).toBeVisible();
  await page.goto('./#/compare/accommodation-draft-1-v1-0/accommodation-draft-2');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Overall not compared' })).toContainText(
    'versions 1.0 and 1.1 of the framework score different criteria, weigh criteria differently and cap the band differently when critical criteria fail',
  );
  const summary = page.getByRole('table', { name: 'The overall results side by side' });
  await expect(summary.getByRole('row', { name: /Overall score/ })).toContainText('Not compared');
  await expect(page.getByRole('heading', { name: 'What changed in the framework' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'New: “Local needs assessment”.' })).toBeVisible();
  const local = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Local needs assessment/ }) });
  await expect(local).toContainText('Not in this version');
  await expect(local).toContainText('Only in the second version');
  expect(await axeViolations(page)).toEqual([]);
});
