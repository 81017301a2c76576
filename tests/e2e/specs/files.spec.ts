import { readFile } from 'node:fs/promises';
import { test, expect, axeViolations } from '../support/fixtures';
import { LibraryPage, ScoringPage, SAMPLE_TEXT, waitForSaved } from '../support/library';

async function scoredAssessment(page: import('@playwright/test').Page, title: string) {
  await new LibraryPage(page).createFromText(title, SAMPLE_TEXT);
  const scoring = new ScoringPage(page);
  await scoring.shortcut('3');
  await scoring.shortcut('j');
  await scoring.shortcut('i');
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Results: ${title}` })).toBeVisible();
}

test('export the assessment file, delete the assessment, import the file back', async ({ page }) => {
  await scoredAssessment(page, 'Round trip');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the assessment file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^spec-lens-round-trip-\d{4}-\d{2}-\d{2}\.speclens\.json$/);
  const path = (await file.path())!;
  const envelope = JSON.parse(await readFile(path, 'utf8'));
  expect(envelope).toMatchObject({ format: 'spec-lens', kind: 'assessment', version: 3 });
  expect(envelope.payload.framework.id).toBe('inclusive-needs-assessment');

  const library = new LibraryPage(page);
  await library.goto();
  await library.row('Round trip').getByRole('button', { name: 'Delete Round trip' }).click();
  await expect(library.row('Round trip')).toHaveCount(0);

  await page.getByLabel('Choose .speclens.json files (assessments or a library backup)').setInputFiles(path);
  await expect(page.getByText(/: read\./)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save to my assessments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results: Round trip' })).toBeVisible();
  await library.goto();
  await expect(library.row('Round trip')).toBeVisible();
});

test('importing an assessment that already exists asks: replace or keep both', async ({ page }) => {
  await scoredAssessment(page, 'Twice');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the assessment file' }).click();
  const path = (await (await download).path())!;
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByLabel('Choose .speclens.json files (assessments or a library backup)').setInputFiles(path);
  await expect(page.getByText('Already in your assessments', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download a backup first' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep both' }).click();
  await library.goto();
  await expect(library.row('Twice')).toBeVisible();
  await expect(library.row('Twice (imported)')).toBeVisible();
});

test('bad files get one clear sentence each and change nothing', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.createFromText('Kept safe', SAMPLE_TEXT);
  await waitForSaved(page);
  await library.goto();
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.getByLabel('Choose .speclens.json files (assessments or a library backup)').setInputFiles([
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') },
    { name: 'empty.speclens.json', mimeType: 'application/json', buffer: Buffer.from('') },
    {
      name: 'future.speclens.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'spec-lens', kind: 'assessment', version: 99, payload: {} })),
    },
  ]);
  const results = page.locator('.import__results');
  await expect(results.getByText(/^notes\.txt: /)).toBeVisible();
  await expect(results.getByText(/^future\.speclens\.json: .*newer version of Spec Lens/)).toBeVisible();
  await expect(results.locator('li')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Save to my assessments' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});

test('CSV and Markdown exports download', async ({ page }) => {
  await scoredAssessment(page, 'Spreadsheet');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).click();
  const csv = await readFile((await (await csvDownload).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Section,Criterion,Answer,Level label,Weight,Rationale,Evidence');
  const mdDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the report (Markdown)' }).click();
  const md = await readFile((await (await mdDownload).path())!, 'utf8');
  expect(md.startsWith('# Results: Spreadsheet')).toBe(true);
});

test('a share link opens in a fresh browser, shows what it holds and asks before saving', async ({ page, browser, baseURL }) => {
  await scoredAssessment(page, 'Shared work');
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const field = page.getByLabel(/^Share link \(\d+ characters\)$/);
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link.startsWith(`${baseURL}/#/share/`)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Shared assessment' })).toBeVisible();
  await expect(fresh.getByText('Shared work')).toBeVisible();
  await expect(fresh.getByText(/2 of \d+ applicable criteria answered/)).toBeVisible();
  expect(await fresh.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('assessment:')).length)).toBe(0);
  await fresh.getByRole('button', { name: 'Save to my assessments' }).click();
  await expect(fresh.getByRole('heading', { level: 1, name: 'Results: Shared work' })).toBeVisible();
  await other.close();
});

test('a damaged share link says so', async ({ page }) => {
  await page.goto('/#/share/not*base64');
  await expect(page.getByRole('alert')).toContainText('This share link is incomplete or was changed.');
  await page.goto('/#/share/AAAA');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('The link is damaged or too large to open.');
});

test('an assessment scored under another framework brings it along, and framework files import', async ({ page }) => {
  const path = require('node:path');
  const fixtures = path.join(__dirname, '..', '..', 'fixtures');
  const picker = () => page.getByLabel('Choose .speclens.json files (assessments or a library backup)');
  const library = new LibraryPage(page);
  await library.goto();

  // The assessment file carries its framework, which is kept with it.
  await picker().setInputFiles(path.join(fixtures, 'v1-assessment.speclens.json'));
  await page.getByRole('button', { name: 'Save to my assessments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results: Fixture: housing support' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Results: Fixture: housing support' })).toBeVisible();
  await library.goto();
  await expect(library.row('Fixture: housing support').getByRole('cell', { name: 'Fixture framework' })).toBeVisible();

  // The same framework as a framework file is already here.
  await picker().setInputFiles(path.join(fixtures, 'v1-framework.speclens.json'));
  await expect(page.locator('.import__error')).toContainText('is already here, unchanged.');

  // A framework file with a framework this page lacks is added when asked.
  const other = JSON.parse(require('node:fs').readFileSync(path.join(fixtures, 'v1-framework.speclens.json'), 'utf8'));
  other.payload.framework.id = 'another-framework';
  other.payload.framework.title = 'Another framework';
  await picker().setInputFiles({ name: 'another.speclens.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await page.getByRole('button', { name: 'Add to my frameworks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Another framework' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fixture framework' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Another framework' })).toBeVisible();
});

test('saving a library backup of several assessments says how many were saved, in place of the question', async ({ page }) => {
  const path = require('node:path');
  const library = new LibraryPage(page);
  await library.goto();
  await page
    .getByLabel('Choose .speclens.json files (assessments or a library backup)')
    .setInputFiles(path.join(__dirname, '..', '..', 'fixtures', 'v1-library.speclens.json'));
  const save = page.getByRole('button', { name: 'Save to my assessments' });
  await save.press('Enter');
  const saved = page.getByRole('status').filter({ hasText: 'Saved 2 assessments. They are in your list of assessments.' });
  await expect(saved).toBeVisible();
  await expect(saved).toBeFocused();
  // The question is gone, so the same files cannot be saved twice by mistake.
  await expect(save).toHaveCount(0);
  await expect(library.row('Fixture: housing support')).toBeVisible();
  await expect(library.row('Fixture: mentoring')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('in Kolkata (UTC+5:30)', () => {
  test.use({ timezoneId: 'Asia/Kolkata' });

  test('times are shown in the reader\'s own zone, and the file keeps UTC', async ({ page }) => {
    const fixture = require('node:path').join(__dirname, '..', '..', 'fixtures', 'v3-assessment.speclens.json');
    const library = new LibraryPage(page);
    await library.goto();
    await page.getByLabel('Choose .speclens.json files (assessments or a library backup)').setInputFiles(fixture);
    await page.getByRole('button', { name: 'Save to my assessments' }).click();
    await library.goto();
    const row = library.row('Education, Training and Employment services: Eastern Fens probation region');
    // Last changed 2027-02-08T09:00:00Z: half past two in the afternoon in Kolkata.
    const time = row.locator('time');
    await expect(time).toHaveText('8 Feb 2027, 14:30');
    await expect(time).toHaveAttribute('datetime', /^2027-02-08T09:00:00/);
    await expect(page.getByRole('columnheader', { name: 'Last change (your time)' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^All changes saved \(\d{2}:\d{2}:\d{2}\)$/ })).toHaveCount(1);
  });
});
