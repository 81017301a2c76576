import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, open, axeViolations } from '../support/fixtures';
import { SAMPLE_TEXT } from '../support/library';

const BUILTIN = 'Inclusive needs assessment for commissioned rehabilitative services';
const COPY = `Copy of ${BUILTIN}`;
const FIRST = 'Criterion \u201cLocal needs assessment\u201d';
// The suite runs from the repository's root (scripts/e2e.sh).
const FIVE = resolve('tests/fixtures/criteria-five.csv');

/** Creates an assessment under `version` of the framework titled `framework`; returns its id. */
async function createUnder(page: Page, title: string, framework: string, version = '1.0'): Promise<string> {
  await open(page, '#/assessments/new');
  await page.getByLabel('Title (required)').fill(title);
  await page.getByLabel('Paste the text').fill(SAMPLE_TEXT);
  const select = page.getByLabel('Framework');
  const option = select.getByRole('option', { name: `${framework} (version ${version})`, exact: true });
  await select.selectOption((await option.getAttribute('value'))!);
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url().match(/#\/assessments\/([^/]+)$/)![1];
}

/** Answers the first two criteria 4 and 0 with the keyboard shortcuts; returns the live result. */
async function answerFirstTwo(page: Page) {
  await page.locator('body').press('4');
  await page.locator('body').press('j');
  await page.locator('body').press('0');
  return page.locator('.status-bar__live');
}

function criterion(page: Page, name: string) {
  return page.getByRole('group', { name, exact: true });
}

test('copy the built-in framework, change a weight and a descriptor, and score under both', async ({ page }) => {
  // The editor draws all 45 criteria of the built-in framework, twice here, and two assessments are scored.
  test.setTimeout(90_000);
  await open(page, '#/frameworks/inclusive-needs-assessment');
  await page.getByRole('button', { name: 'Copy this framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Framework editor' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(COPY);
  await expect(page.getByLabel('Version')).toHaveValue('1.0');
  expect(await axeViolations(page)).toEqual([]);

  const first = criterion(page, FIRST);
  await first.getByLabel('Weight', { exact: true }).fill('1');
  await first.getByLabel("Level 4 for this criterion (blank: the scale's)").fill('Names a dated assessment of this area.');
  // A reload mid-edit keeps the draft.
  await page.reload();
  await expect(criterion(page, FIRST).getByLabel('Weight', { exact: true })).toHaveValue('1');
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: COPY })).toBeVisible();
  await expect(page.getByText('Version', { exact: true }).locator('xpath=..')).toContainText('1.0');
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
  await open(page, '#/frameworks/copy-of-inclusive-needs-assessment');
  await page.getByRole('button', { name: 'Edit this framework' }).click();
  await criterion(page, FIRST).getByLabel('Weight', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Version 1.0 of this framework is already saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Save as version 1.1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: COPY })).toBeVisible();
  await expect(page.getByText('Version', { exact: true }).locator('xpath=..')).toContainText('1.1');

  // The assessment under 1.0 keeps its result, and offers re-scoring with the change list first.
  await open(page, `#/assessments/${copyId}/results`);
  const offer = page.getByRole('region', { name: 'Version 1.1 of this framework is in this browser' });
  await offer.getByRole('button', { name: 'Re-score under the new version' }).click();
  await expect(offer.getByRole('listitem').first()).toHaveText('Reweighted: \u201cLocal needs assessment\u201d (weight 1 \u2192 2).');
  await expect(offer.getByText('None: every answered criterion is in the new version.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await offer.getByRole('button', { name: 'Re-score as a copy' }).click();
  await expect(page).not.toHaveURL(new RegExp(copyId));
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByText('40.0%', { exact: true })).toBeVisible();
  await open(page, `#/assessments/${copyId}/results`);
  await expect(page.getByRole('region', { name: 'Summary' }).getByText('25.0%', { exact: true })).toBeVisible();
});

test('import the criteria template filled with five criteria', async ({ page }) => {
  await open(page, '#/frameworks');
  await page.getByRole('button', { name: 'New framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Framework editor' })).toBeVisible();
  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the criteria template (CSV)' }).click();
  expect((await template).suggestedFilename()).toBe('spec-lens-criteria-template.csv');

  // One draft at a time: the Frameworks page leads back to it, and starting another is refused.
  await open(page, '#/frameworks');
  await page.getByRole('button', { name: 'New framework' }).click();
  await expect(page.getByRole('alert')).toContainText('You are already editing \u201cNew framework\u201d');
  await page.getByRole('link', { name: 'Continue editing \u201cNew framework\u201d' }).click();

  await page.getByLabel('Import criteria from CSV').setInputFiles(FIVE);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 5 criteria' })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Criterion \u201c/ })).toHaveCount(5);
  await expect(criterion(page, 'Criterion \u201cRural access\u201d')).toBeVisible();
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New framework' })).toBeVisible();
  await expect(page.getByRole('search').getByRole('status')).toHaveText('Showing 5 of 5 criteria');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export criteria (CSV)' }).click();
  expect((await csv).suggestedFilename()).toBe('new-framework-1.0-criteria.csv');
});

test('a bad CSV lists its errors with line and column and imports nothing', async ({ page }) => {
  await open(page, '#/frameworks');
  await page.getByRole('button', { name: 'New framework' }).click();
  await page.getByLabel('Import criteria from CSV').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('section_id,section_title,criterion_id,title,question,weight\ns1,Section,c1,Title,Question?,-2\n'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('Line 2, column weight');
  await expect(page.getByRole('group', { name: /^Criterion / })).toHaveCount(1);
});

test('a blank criterion title or a negative weight shows the message by the field and blocks saving', async ({ page }) => {
  await open(page, '#/frameworks');
  await page.getByRole('button', { name: 'New framework' }).click();
  const only = criterion(page, 'Criterion 1');
  await only.getByLabel('Question').fill('Is it done?');
  // The only criterion; its group is renamed once it has a title, so find its fields on the page.
  const weight = page.getByLabel('Weight', { exact: true });
  await weight.fill('-1');
  await page.getByRole('button', { name: 'Save framework' }).click();
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
  await expect(page.getByRole('heading', { level: 1, name: 'Framework editor' })).toBeVisible();

  // Fixed, the messages go as they are typed, and the framework saves.
  await title.fill('Done');
  await weight.fill('2');
  await expect(weight).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveCount(0);
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New framework' })).toBeVisible();
});

test('sections and criteria move with the keyboard, and the buttons name the item', async ({ page }) => {
  await open(page, '#/frameworks');
  await page.getByRole('button', { name: 'New framework' }).click();
  await page.getByRole('button', { name: 'Add a criterion to section \u201cSection 1\u201d' }).click();
  await expect(page.getByLabel('Criterion id').nth(1)).toBeFocused();
  await page.getByLabel('Criterion title').nth(1).fill('Second');
  await page.getByLabel('Criterion title').nth(0).fill('First');
  const down = page.getByRole('button', { name: 'Move down criterion \u201cFirst\u201d' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Criterion \u201c/ })).toHaveText([/^Criterion \u201cSecond\u201d/, /^Criterion \u201cFirst\u201d/]);
  // Focus stays with the moved criterion (at the end now, so on its other move button).
  await expect(page.getByRole('button', { name: 'Move up criterion \u201cFirst\u201d' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Criterion title').first()).toHaveValue('First');
});

test('a new version of the built-in framework; a final assessment is not re-scored until reopened', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, '#/frameworks/inclusive-needs-assessment');
  await page.getByRole('button', { name: 'Edit this framework' }).click();
  await criterion(page, 'Criterion \u201cPeople outside the caseload\u201d').getByLabel('Weight', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Save framework' }).click();
  await page.getByRole('button', { name: 'Save as version 1.2' }).click();
  await expect(page.getByText('Version', { exact: true }).locator('xpath=..')).toContainText('1.2');
  // Saved, the draft is gone: nothing to continue, and a new edit may start.
  await open(page, '#/frameworks');
  await expect(page.getByRole('link', { name: /^Continue editing/ })).toHaveCount(0);

  const id = await createUnder(page, 'Final under 1.1', BUILTIN, '1.1');
  await page.locator('body').press('4');
  await page.getByRole('button', { name: 'Mark as final' }).click();
  await expect(page.getByText('This assessment is final.')).toBeVisible();
  await open(page, `#/assessments/${id}/results`);
  const offer = page.getByRole('region', { name: 'Version 1.2 of this framework is in this browser' });
  await offer.getByRole('button', { name: 'Re-score under the new version' }).click();
  await expect(offer).toContainText('This assessment is final, so it cannot be re-scored.');
  await expect(offer.getByRole('button', { name: 'Re-score as a copy' })).toHaveCount(0);
  await offer.getByRole('link', { name: 'Open it and choose Reopen for editing' }).click();
  await page.getByRole('button', { name: 'Reopen for editing' }).click();
  await open(page, `#/assessments/${id}/results`);
  await offer.getByRole('button', { name: 'Re-score under the new version' }).click();
  await expect(offer.getByRole('listitem').first()).toHaveText('Reweighted: \u201cPeople outside the caseload\u201d (weight 2 \u2192 5).');
  await expect(offer.getByRole('button', { name: 'Re-score as a copy' })).toBeVisible();
});
