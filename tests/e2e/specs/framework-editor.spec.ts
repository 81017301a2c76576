import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, open, axeViolations } from '../support/fixtures';
import { FrameworkEditorPage, FrameworkPage } from '../support/editor';
import { NewAssessmentPage, SAMPLE_TEXT, ScoringPage } from '../support/library';
import { ResultsPage } from '../support/results';

const BUILTIN = 'Inclusive needs assessment for commissioned rehabilitative services';
const COPY = `Copy of ${BUILTIN}`;
const FIRST = 'Criterion \u201cLocal needs assessment\u201d';
// The suite runs from the repository's root (scripts/e2e.sh).
const FIVE = resolve('tests/fixtures/criteria-five.csv');

/** Creates an assessment under `version` of the framework titled `framework`; returns its id. */
async function createUnder(page: Page, title: string, framework: string, version = '1.0'): Promise<string> {
  const form = new NewAssessmentPage(page);
  await form.goto();
  await page.getByLabel('Title (required)').fill(title);
  await page.getByLabel('Paste the text').fill(SAMPLE_TEXT);
  await form.chooseFramework(framework, version);
  return form.create(title);
}

/** Answers the first two criteria 4 and 0 with the keyboard shortcuts; returns the live result. */
async function answerFirstTwo(page: Page) {
  const scoring = new ScoringPage(page);
  await scoring.shortcut('4');
  await scoring.shortcut('j');
  await scoring.shortcut('0');
  return scoring.liveResult();
}

test('copy the built-in framework, change a weight and a descriptor, and score under both', async ({ page }) => {
  // The editor draws all 45 criteria of the built-in framework, twice here, and two assessments are scored.
  test.setTimeout(90_000);
  const editor = new FrameworkEditorPage(page);
  const saved = new FrameworkPage(page);
  const results = new ResultsPage(page);
  await editor.copy('inclusive-needs-assessment');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(COPY);
  await expect(page.getByLabel('Version')).toHaveValue('1.0');
  expect(await axeViolations(page)).toEqual([]);

  await editor.weight(FIRST).fill('1');
  await editor.criterion(FIRST).getByLabel("Level 4 for this criterion (blank: the scale's)").fill('Names a dated assessment of this area.');
  // A reload mid-edit keeps the draft.
  await page.reload();
  await expect(editor.weight(FIRST)).toHaveValue('1');
  await editor.save();
  await saved.expectShown(COPY, '1.0');
  // The edited framework downloads as a framework file, with its edits.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this framework file' }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'spec-lens', kind: 'framework' });
  expect(file.payload.framework).toMatchObject({ id: 'copy-of-inclusive-needs-assessment', version: '1.0', title: COPY });
  expect(file.payload.framework.sections[0].criteria[0]).toMatchObject({ id: 'data-local-assessment', weight: 1 });
  expect(file.payload.framework.sections[0].criteria[0].descriptors[4]).toBe('Names a dated assessment of this area.');

  // The same answers: the first criterion (built-in weight 3, now 1) at 4, the second (weight 3) at 0.
  await createUnder(page, 'Under the built-in', BUILTIN, '1.1');
  await expect(await answerFirstTwo(page)).toHaveText('Overall 50.0%: Requires improvement (provisional)');
  const copyId = await createUnder(page, 'Under the copy', COPY);
  await expect(page.getByText('Names a dated assessment of this area.')).toBeVisible();
  await expect(await answerFirstTwo(page)).toHaveText('Overall 25.0%: Inadequate (provisional)');

  // Editing the copy again changes its rules, so saving asks for a new version.
  await editor.edit('copy-of-inclusive-needs-assessment');
  await editor.weight(FIRST).fill('2');
  await editor.save();
  await expect(page.getByRole('alert').filter({ hasText: 'Version 1.0 of this framework is already saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Save as version 1.1' }).click();
  await saved.expectShown(COPY, '1.1');

  // The assessment under 1.0 keeps its result, and offers re-scoring with the change list first.
  await results.goto(copyId);
  const offer = await results.askToRescore('1.1');
  await expect(offer.getByRole('listitem').first()).toHaveText('Reweighted: \u201cLocal needs assessment\u201d (weight 1 \u2192 2).');
  await expect(offer.getByText('None: every answered criterion is in the new version.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await offer.getByRole('button', { name: 'Re-score as a copy' }).click();
  await expect(page).not.toHaveURL(new RegExp(copyId));
  await expect(results.overall('40.0%')).toBeVisible();
  await results.goto(copyId);
  await expect(results.overall('25.0%')).toBeVisible();
});

test('import the criteria template filled with five criteria', async ({ page }) => {
  const editor = new FrameworkEditorPage(page);
  await editor.startNew();
  await editor.expectOpen();
  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the criteria template (CSV)' }).click();
  expect((await template).suggestedFilename()).toBe('spec-lens-criteria-template.csv');

  // One draft at a time: the Frameworks page leads back to it, and starting another is refused.
  await editor.startNew();
  await expect(page.getByRole('alert')).toContainText('You are already editing \u201cNew framework\u201d');
  await page.getByRole('link', { name: 'Continue editing \u201cNew framework\u201d' }).click();

  await editor.importCsv(FIVE);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 5 criteria' })).toBeVisible();
  await expect(editor.titledCriteria()).toHaveCount(5);
  await expect(editor.criterion('Criterion \u201cRural access\u201d')).toBeVisible();
  await editor.save();
  await expect(page.getByRole('heading', { level: 1, name: 'New framework' })).toBeVisible();
  await expect(page.getByRole('search').getByRole('status')).toHaveText('Showing 5 of 5 criteria');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export criteria (CSV)' }).click();
  expect((await csv).suggestedFilename()).toBe('new-framework-1.0-criteria.csv');
});

test('a bad CSV lists its errors with line and column and imports nothing', async ({ page }) => {
  const editor = new FrameworkEditorPage(page);
  await editor.startNew();
  await editor.importCsv({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('section_id,section_title,criterion_id,title,question,weight\ns1,Section,c1,Title,Question?,-2\n'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('Line 2, column weight');
  await expect(page.getByRole('group', { name: /^Criterion / })).toHaveCount(1);
});

test('a blank criterion title or a negative weight shows the message by the field and blocks saving', async ({ page }) => {
  const editor = new FrameworkEditorPage(page);
  await editor.startNew();
  const only = editor.criterion('Criterion 1');
  await only.getByLabel('Question').fill('Is it done?');
  // The only criterion; its group is renamed once it has a title, so find its fields on the page.
  const weight = page.getByLabel('Weight', { exact: true });
  await weight.fill('-1');
  await editor.save();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^Fix 2 problems/ }) });
  await expect(summary).toBeFocused();
  const title = page.getByLabel('Criterion title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('This criterion needs a title; type one.');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(weight).toHaveAccessibleDescription(/^The weight is -1, below 0;/);
  expect(await axeViolations(page)).toEqual([]);
  await summary.getByRole('link', { name: 'This criterion needs a title; type one.' }).click();
  await expect(title).toBeFocused();
  await expect(editor.heading()).toBeVisible();

  // Fixed, the messages go as they are typed, and the framework saves.
  await title.fill('Done');
  await weight.fill('2');
  await expect(weight).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveCount(0);
  await editor.save();
  await expect(page.getByRole('heading', { level: 1, name: 'New framework' })).toBeVisible();
});

test('sections and criteria move with the keyboard, and the buttons name the item', async ({ page }) => {
  const editor = new FrameworkEditorPage(page);
  await editor.startNew();
  await page.getByRole('button', { name: 'Add a criterion to section \u201cSection 1\u201d' }).click();
  await expect(page.getByLabel('Criterion id').nth(1)).toBeFocused();
  await page.getByLabel('Criterion title').nth(1).fill('Second');
  await page.getByLabel('Criterion title').nth(0).fill('First');
  const down = page.getByRole('button', { name: 'Move down criterion \u201cFirst\u201d' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(editor.titledCriteria()).toHaveText([/^Criterion \u201cSecond\u201d/, /^Criterion \u201cFirst\u201d/]);
  // Focus stays with the moved criterion (at the end now, so on its other move button).
  await expect(page.getByRole('button', { name: 'Move up criterion \u201cFirst\u201d' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Criterion title').first()).toHaveValue('First');
});

test('a new version of the built-in framework; a final assessment is not re-scored until reopened', async ({ page }) => {
  test.setTimeout(60_000);
  const editor = new FrameworkEditorPage(page);
  await editor.edit('inclusive-needs-assessment');
  await editor.weight('Criterion \u201cPeople outside the caseload\u201d').fill('5');
  await editor.saveAsVersion('1.2');
  await expect(new FrameworkPage(page).version()).toContainText('1.2');
  // Saved, the draft is gone: nothing to continue, and a new edit may start.
  await open(page, '#/frameworks');
  await expect(page.getByRole('link', { name: /^Continue editing/ })).toHaveCount(0);

  const id = await createUnder(page, 'Final under 1.1', BUILTIN, '1.1');
  await new ScoringPage(page).shortcut('4');
  await page.getByRole('button', { name: 'Mark as final' }).click();
  await expect(page.getByText('This assessment is final.')).toBeVisible();
  const results = new ResultsPage(page);
  await results.goto(id);
  const offer = await results.askToRescore('1.2');
  await expect(offer).toContainText('This assessment is final, so it cannot be re-scored.');
  await expect(offer.getByRole('button', { name: 'Re-score as a copy' })).toHaveCount(0);
  await offer.getByRole('link', { name: 'Open it and choose Reopen for editing' }).click();
  await page.getByRole('button', { name: 'Reopen for editing' }).click();
  await results.goto(id);
  await results.askToRescore('1.2');
  await expect(offer.getByRole('listitem').first()).toHaveText('Reweighted: \u201cPeople outside the caseload\u201d (weight 2 \u2192 5).');
  await expect(offer.getByRole('button', { name: 'Re-score as a copy' })).toBeVisible();
});

test('a framework worded in Welsh beside the English: the fields pair up, an id change keeps the wording, and the page shows it in Welsh', async ({ page }) => {
  const editor = new FrameworkEditorPage(page);
  await editor.startNew();
  await page.getByLabel('Title', { exact: true }).fill('Probation hostels');
  await page.getByLabel('Criterion title', { exact: true }).fill('Beds for women');
  await page.getByLabel('Question', { exact: true }).fill('Are there beds for women?');

  await page.getByRole('checkbox', { name: 'Show the Welsh wording beside each field' }).check();
  const welshTitle = page.getByLabel('Title in Welsh', { exact: true });
  await expect(welshTitle).toHaveAttribute('lang', 'cy');
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('lang', 'en');
  await welshTitle.fill('Hosteli prawf');
  await page.getByLabel('Criterion title in Welsh', { exact: true }).fill('Gwelyau i fenywod');
  await page.getByLabel('Question in Welsh', { exact: true }).fill('A oes gwelyau i fenywod?');
  // Ids and weights are rules, the same in both languages: no Welsh field beside them.
  await expect(page.getByLabel('Criterion id in Welsh')).toHaveCount(0);
  await expect(page.getByLabel('Weight in Welsh')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // The wording is kept by id: renaming the criterion keeps its Welsh.
  await page.getByLabel('Criterion id', { exact: true }).fill('beds-women');
  await editor.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Probation hostels' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Beds for women' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hosteli prawf' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gwelyau i fenywod' })).toBeVisible();

  // Edited again, the Welsh shows from the start.
  await page.getByRole('button', { name: "Golygu'r fframwaith hwn" }).click();
  await expect(page.getByLabel('Teitl yn Gymraeg', { exact: true })).toHaveValue('Hosteli prawf');
  expect(await axeViolations(page)).toEqual([]);
});
