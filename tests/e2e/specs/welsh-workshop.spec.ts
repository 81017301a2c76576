import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, axeViolations } from '../support/fixtures';

// The workshop, presenter, projector and compare pages in Welsh (issue 19): found by their Welsh
// roles and names, a flow or two run in Welsh, and axe-core clean on each.

const WORKSHOP = ['ama', 'priya', 'tom'].map((name) => join(__dirname, '..', '..', 'fixtures', 'workshop', `${name}.speclens.json`));
/** A Welsh assessor who gave no name, scoring in Welsh (written by tests/workshop_words.rs). */
const BETHAN = join(__dirname, '..', '..', 'fixtures', 'workshop-words', 'bethan-cy.speclens.json');
const DRAFTS = ['accommodation-draft-1', 'accommodation-draft-2'].map((name) =>
  join(__dirname, '..', '..', 'fixtures', 'compare', `${name}.speclens.json`),
);

async function startWorkshopInWelsh(page: Page) {
  await page.goto('./?lang=cy#/workshop');
  await expect(page.getByRole('heading', { level: 1, name: 'Gweithdy' })).toBeVisible();
  await page.getByLabel('Dewiswch ddwy neu ragor o ffeiliau asesiad (.speclens.json)').setInputFiles(WORKSHOP);
  await expect(page.getByText('Cytunwyd ar 0 o 45 maen prawf')).toBeVisible();
}

/** Long Welsh words must not push the projector's text off a 1920x1080 screen, nor below 32 px. */
async function checkProjector(projector: Page) {
  const problems = await projector.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const box = (el as HTMLElement).getBoundingClientRect();
      if (!own || box.width === 0 || el.closest('.visually-hidden')) continue;
      const what = `${el.tagName} "${el.textContent!.trim().slice(0, 40)}"`;
      if (box.bottom > window.innerHeight) found.push(`${what} below the screen`);
      if (box.right > window.innerWidth + 1) found.push(`${what} past the right edge`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible') found.push(`${what} overflows`);
      if (parseFloat(getComputedStyle(el).fontSize) < 32) found.push(`${what} under 32 px`);
    }
    return found;
  });
  expect(problems).toEqual([]);
  const enhanced = await new AxeBuilder({ page: projector }).withRules(['color-contrast-enhanced']).analyze();
  expect(enhanced.violations.map((v) => v.id)).toEqual([]);
}

test('a workshop run in Welsh: who took part, the presenter agrees a score, the projector follows', async ({ page, context }) => {
  test.setTimeout(120_000);
  await startWorkshopInWelsh(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Pwy sgoriodd' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sgoriau ochr yn ochr' }).getByRole('cell', { name: 'cudd' }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Aseswr A' })).toBeVisible();
  // The perspectives offered are worded in Welsh; the data keeps them as they were.
  await page.getByRole('checkbox', { name: 'Y Gwasanaeth Prawf' }).check();
  await page.getByLabel('Enwau ar gyfer Y Gwasanaeth Prawf (dewisol)').fill('Priya Shah');
  await page.getByLabel('Enwau ar gyfer Y Gwasanaeth Prawf (dewisol)').press('Tab');
  await expect(page.getByRole('link', { name: 'Agor golwg y taflunydd' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto('./?lang=cy#/workshop/projector');
  await expect(projector.getByText(/^Maen prawf 1 o 45 · /)).toBeVisible();
  await expect(projector.getByText('Mae\'r sgoriau\'n gudd. Mae 3 o 3 o bobl wedi sgorio\'r maen prawf hwn.')).toBeVisible();
  await checkProjector(projector);

  await page.goto('./?lang=cy#/workshop/presenter');
  await expect(page.getByRole('heading', { level: 1, name: 'Golwg y cyflwynydd' })).toBeVisible();
  const where = page.getByText(/^Maen prawf \d+ o 45 · /);
  await expect(where).toHaveText('Maen prawf 1 o 45 · Cudd');
  // Agreeing before the reveal is refused, in Welsh.
  await page.locator('body').press('2');
  await expect(page.getByRole('alert')).toHaveText(/^Datgelwch y sgoriau cyn cytuno/);
  await page.getByRole('button', { name: 'Datgelu\'r sgoriau' }).click();
  await expect(where).toHaveText('Maen prawf 1 o 45 · Wedi\'i ddatgelu');
  await expect(projector.getByRole('rowheader', { name: 'Aseswr A' })).toBeVisible();
  await expect(projector.getByText('Wedi\'i ddatgelu', { exact: true })).toBeVisible();
  await checkProjector(projector);
  expect(await axeViolations(projector)).toEqual([]);

  await page.getByRole('group', { name: 'Cytuno ar sgôr' }).getByRole('button').nth(2).click();
  await expect(page.getByRole('heading', { name: /^Cytuno: 2 / })).toBeVisible();
  await page.getByRole('button', { name: 'Cofnodi\'r sgôr a gytunwyd' }).click();
  await expect(page.getByText('Ysgrifennwch y rheswm dros y sgôr a gytunwyd; mae ei angen ar y cofnod.')).toBeVisible();
  await page.getByLabel('Rheswm dros y sgôr a gytunwyd (gofynnol)').fill('Cytunodd yr ystafell ar ôl trafod.');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Rheswm dros y sgôr a gytunwyd (gofynnol)').press('Control+Enter');
  await expect(where).toHaveText('Maen prawf 1 o 45 · Wedi cytuno');
  await expect(projector.getByText('Cytunodd yr ystafell ar ôl trafod.')).toBeVisible();
  await checkProjector(projector);
  expect(await axeViolations(projector)).toEqual([]);
  await page.getByRole('button', { name: 'Maen prawf nesaf' }).click();
  await expect(projector.getByText(/^Maen prawf 2 o 45 · /)).toBeVisible();

  await page.goto('./?lang=cy#/workshop');
  await expect(page.getByText('Cytunwyd ar 1 o 45 maen prawf')).toBeVisible();
  await page.getByRole('button', { name: 'Dod â\'r gweithdy i ben' }).click();
  await expect(page.getByRole('alert')).toContainText('Mae dod â\'r gweithdy i ben yn ei dynnu o\'r porwr hwn.');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Dod ag ef i ben nawr' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Dechrau o ffeiliau pobl' })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: 'Nid oes gweithdy\'n rhedeg' })).toBeVisible();
  expect(await axeViolations(projector)).toEqual([]);
});

test("a Welsh and an English assessor's files merge, and the agreed result reads in Welsh and in English", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?lang=cy#/workshop');
  await page.getByLabel('Dewiswch ddwy neu ragor o ffeiliau asesiad (.speclens.json)').setInputFiles([BETHAN, ...WORKSHOP]);
  await expect(page.getByText('Cytunwyd ar 0 o 45 maen prawf')).toBeVisible();
  await page.goto('./?lang=cy#/workshop/presenter');
  const where = page.getByText(/^Maen prawf \d+ o 45 · /);
  await page.getByRole('button', { name: 'Datgelu\'r sgoriau' }).click();
  await page.getByRole('group', { name: 'Cytuno ar sgôr' }).getByRole('button').nth(2).click();
  await page.getByLabel('Rheswm dros y sgôr a gytunwyd (gofynnol)').fill('Cytunodd yr ystafell ar ôl trafod.');
  await page.getByLabel('Rheswm dros y sgôr a gytunwyd (gofynnol)').press('Control+Enter');
  await expect(where).toHaveText('Maen prawf 1 o 45 · Wedi cytuno');
  await page.goto('./?lang=cy#/workshop');
  await page.getByRole('button', { name: 'Cadw\'r asesiad y cytunwyd arno yn y porwr hwn' }).click();

  // The record on the results page: the scorer without a name by their letter, in Welsh, then in English.
  const heads = (region: string) => page.getByRole('region', { name: region }).getByRole('columnheader');
  await expect(heads('Sgoriau a gytunwyd a sgoriau unigol')).toHaveText([
    'Maen prawf', 'Sgôr a gytunwyd', 'Aseswr A', 'Ama Boateng (lived experience)', 'Priya Shah (probation)', 'Tom Reid (PCC office)',
  ]);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click();
  await expect(heads('Agreed and individual scores')).toHaveText([
    'Criterion', 'Agreed', 'Assessor A', 'Ama Boateng (lived experience)', 'Priya Shah (probation)', 'Tom Reid (PCC office)',
  ]);

  // Who agreed it, in the library, in either language.
  await page.goto('./#/');
  await expect(page.getByRole('cell', { name: 'Agreed in workshop (4 scorers)' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('cell', { name: 'Cytunwyd mewn gweithdy (4 sgoriwr)' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('with no workshop, the presenter view says so in Welsh and links to the workshop page', async ({ page }) => {
  await page.goto('./?lang=cy#/workshop/presenter');
  await expect(page.getByText('Nid oes gweithdy\'n rhedeg. Dechreuwch un ar dudalen y gweithdy.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Dechreuwch un ar dudalen y gweithdy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gweithdy' })).toBeVisible();
});

test('two drafts compared in Welsh: the summary, the filter, the text changes and the downloads', async ({ page }) => {
  // Imported through the library in English (its page is worded elsewhere), then read in Welsh.
  await page.goto('./#/');
  await page.getByLabel('Choose .speclens.json files (assessments or a library backup)').setInputFiles(DRAFTS);
  await page.getByRole('button', { name: 'Save to my assessments' }).click();
  await expect(page.getByText('Saved 2 assessments.')).toBeVisible();

  await page.goto('./?lang=cy#/compare/accommodation-draft-1/accommodation-draft-2');
  await expect(page.getByRole('table', { name: 'Y canlyniadau cyffredinol ochr yn ochr' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Sgôr gyffredinol' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Canlyniadau / })).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Yn dangos pob un o\'r 45 maen prawf.' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Dangos dim ond y meini prawf a newidiodd' }).check();
  await expect(page.getByText(/^Yn dangos y \d+ maen prawf sydd wedi newid, o 45\.$/)).toBeVisible();
  await page.getByRole('radio', { name: 'Trefn y fframwaith' }).check();
  await expect(page.getByRole('table', { name: 'Ateb pob maen prawf yn y ddau, yn nhrefn y fframwaith' })).toBeVisible();
  await expect(page.locator('del').filter({ hasText: 'people' }).first()).toHaveText('[wedi\'i dynnu: people]');
  await expect(page.getByText('Mae geiriau a dynnwyd wedi\'u croesi allan', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lawrlwytho\'r gymhariaeth (CSV)' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lawrlwytho\'r gymhariaeth (Markdown)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('an address that compares nothing says why in Welsh', async ({ page }) => {
  await page.goto('./?lang=cy#/compare/nowhere/nothing');
  await expect(page.getByRole('heading', { level: 1, name: 'Dim byd i\'w gymharu' })).toBeVisible();
  await expect(page.getByText(/^Nid yw'r naill na'r llall o'r ddau asesiad/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ewch i\'ch asesiadau' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
