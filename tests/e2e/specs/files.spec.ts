import { readFile } from 'node:fs/promises';
import { test, expect, axeViolations } from '../support/fixtures';
import { LibraryPage, ScoringPage, SAMPLE_TEXT, waitForSaved } from '../support/library';
import { ResultsPage } from '../support/results';

async function scoredAssessment(page: import('@playwright/test').Page, title: string) {
  await new LibraryPage(page).createFromText(title, SAMPLE_TEXT);
  const scoring = new ScoringPage(page);
  await scoring.shortcut('3');
  await scoring.shortcut('j');
  await scoring.shortcut('i');
  await waitForSaved(page);
  const results = new ResultsPage(page);
  await results.openFromScoring(title);
  return results;
}

test('export the assessment file, delete the assessment, import the file back', async ({ page }) => {
  const results = await scoredAssessment(page, 'Round trip');
  const file = await results.download('Download the assessment file');
  expect(file.suggestedFilename()).toMatch(/^spec-lens-round-trip-\d{4}-\d{2}-\d{2}\.speclens\.json$/);
  const path = (await file.path())!;
  const envelope = JSON.parse(await readFile(path, 'utf8'));
  expect(envelope).toMatchObject({ format: 'spec-lens', kind: 'assessment', version: 4 });
  expect(envelope.payload.framework.id).toBe('inclusive-needs-assessment');

  const library = new LibraryPage(page);
  await library.goto();
  await library.row('Round trip').getByRole('button', { name: 'Delete Round trip' }).click();
  await expect(library.row('Round trip')).toHaveCount(0);

  await library.picker().setInputFiles(path);
  await expect(page.getByText(/: read\./)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await library.saveImported();
  await results.expectShown('Round trip');
  await library.goto();
  await expect(library.row('Round trip')).toBeVisible();
});

test('importing an assessment that already exists asks: replace or keep both', async ({ page }) => {
  const path = await (await scoredAssessment(page, 'Twice')).downloadAssessmentFile();
  const library = new LibraryPage(page);
  await library.goto();
  await library.picker().setInputFiles(path);
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
  await library.picker().setInputFiles([
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
  await expect(library.saveButton()).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});

test('CSV and Markdown exports download', async ({ page }) => {
  const results = await scoredAssessment(page, 'Spreadsheet');
  const csv = await readFile((await (await results.download('Download a spreadsheet (CSV)')).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Section,Criterion,Answer,Level label,Weight,Rationale,Evidence');
  const md = await readFile((await (await results.download('Download the report (Markdown)')).path())!, 'utf8');
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
  await new LibraryPage(fresh).saveImported();
  await new ResultsPage(fresh).expectShown('Shared work');
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
  const library = new LibraryPage(page);
  const picker = () => library.picker();
  await library.goto();

  // The assessment file carries its framework, which is kept with it.
  await picker().setInputFiles(path.join(fixtures, 'v1-assessment.speclens.json'));
  await library.saveImported();
  const results = new ResultsPage(page);
  await results.expectShown('Fixture: housing support');
  await page.reload();
  await results.expectShown('Fixture: housing support');
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
  await library.picker().setInputFiles(path.join(__dirname, '..', '..', 'fixtures', 'v1-library.speclens.json'));
  const save = library.saveButton();
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
    await library.picker().setInputFiles(fixture);
    await library.saveImported();
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
