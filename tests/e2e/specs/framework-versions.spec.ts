import { test, expect, open, axeViolations } from '../support/fixtures';
import { NewAssessmentPage, ScoringPage, waitForSaved } from '../support/library';
import { ResultsPage } from '../support/results';

// The built-in framework ships as two versions: 1.0 as it was, 1.1 for new work. An assessment
// scored under 1.0 keeps its results and is offered a re-score into 1.1 as a copy.

async function createAssessment(page: import('@playwright/test').Page, title: string, version: string, dates: Record<string, string> = {}) {
  const form = new NewAssessmentPage(page);
  await form.goto();
  await page.getByLabel('Title (required)').fill(title);
  for (const [label, date] of Object.entries(dates)) {
    await page.getByLabel(label).fill(date);
  }
  // The newest version is offered first and chosen.
  await expect(form.framework().locator('option').first()).toHaveText(/\(version 1\.1\)$/);
  await form.chooseFramework('Inclusive needs assessment for commissioned rehabilitative services', version);
  await form.create(title);
}

test('both versions load: one card, the newest first, the earlier one readable in full', async ({ page }) => {
  await open(page, '#/frameworks');
  const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Version 1.1 · 9 sections · 45 criteria');
  await page.getByRole('link', { name: 'Version 1.0 of Inclusive needs assessment for commissioned rehabilitative services' }).click();
  await expect(page).toHaveURL(/#\/frameworks\/inclusive-needs-assessment\/versions\/1\.0$/);
  await expect(page.getByText('This is an earlier version.')).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Criteria' }).locator('+ dd')).toHaveText('42');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Read version 1.1, the newest in this browser' }).click();
  await expect(page.getByRole('term').filter({ hasText: 'Criteria' }).locator('+ dd')).toHaveText('45');
  await expect(page.getByText('2 or more such criteria hold it at Inadequate.', { exact: false })).toBeVisible();
});

test('a 1.0 assessment keeps its results and re-scores into 1.1 as a copy, with the changes listed', async ({ page }) => {
  await createAssessment(page, 'Scored under 1.0', '1.0');
  const scoring = new ScoringPage(page);
  await expect(scoring.progress()).toHaveText('Answered 0 of 42 applicable criteria');
  await scoring.shortcut('3');
  await waitForSaved(page);
  const results = new ResultsPage(page);
  await results.openFromScoring('Scored under 1.0');

  await expect(results.newVersionOffer('1.1')).toBeVisible();
  const offer = await results.askToRescore('1.1');
  const changes = offer.getByRole('list').first();
  await expect(changes).toContainText('New: “Local needs assessment”.');
  await expect(changes).toContainText('Reweighted: “Needs traced to outcomes” (weight 2 → 3, now critical).');
  await expect(changes).toContainText('How failed critical criteria cap the band changed.');
  await expect(offer).toContainText('None: every answered criterion is in the new version.');
  expect(await axeViolations(page)).toEqual([]);
  await offer.getByRole('button', { name: 'Re-score as a copy' }).click();

  // The copy: 1.1's 45 criteria, the one answer carried over, no offer to re-score again.
  await results.expectShown('Scored under 1.0');
  await expect(results.summary().getByText(/^Answered 1 of 45 applicable criteria/)).toBeVisible();
  await expect(results.region(/^Version 1\.1 of this framework/)).toHaveCount(0);
  // The original is still in the library beside it.
  await open(page, '#/');
  await expect(page.getByRole('rowheader', { name: 'Scored under 1.0', exact: true })).toHaveCount(2);
});

test('dates that contradict an answer are shown beside it and listed with the results, the answer unchanged', async ({ page }) => {
  await createAssessment(page, 'Rushed consultation', '1.1', {
    'Consultation opens': '2026-01-05',
    'Consultation closes': '2026-02-09',
  });
  await page.getByRole('navigation', { name: 'Criteria' }).getByRole('button', { name: /Enough time to consult/ }).click();
  await expect(new ScoringPage(page).criterionHeading()).toHaveText('Enough time to consult');
  const note = page.getByRole('status').filter({ hasText: 'The key dates contradict this answer.' });
  await expect(note).toHaveCount(0);
  await page.getByRole('radio', { name: /^3 Achieving/ }).check();
  await expect(note).toContainText('“Enough time to consult” is answered 3 Achieving, but the dates say: The consultation window is 5 weeks long');
  await expect(page.getByRole('radio', { name: /^3 Achieving/ })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  // Level 2 does not claim the criterion is met in full: no contradiction.
  await page.getByRole('radio', { name: /^2 Developing/ }).check();
  await expect(note).toHaveCount(0);
  await page.getByRole('radio', { name: /^4 Excelling/ }).check();
  await waitForSaved(page);
  const results = new ResultsPage(page);
  await results.openFromScoring('Rushed consultation');
  const listed = results.region('Dates that contradict an answer');
  await expect(listed.getByRole('listitem')).toHaveText([/^“Enough time to consult” is answered 4 Excelling, but the dates say: /]);
  expect(await axeViolations(page)).toEqual([]);
});
