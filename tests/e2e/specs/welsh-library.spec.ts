import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from '../support/fixtures';

// The library group's pages in Welsh (issue 19): the list of assessments, the save indicator, a new
// assessment, importing files, About and the share page, found by their Welsh roles and names.

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const DRAFTS = ['accommodation-draft-1', 'accommodation-draft-2'].map((name) =>
  join(FIXTURES, 'compare', `${name}.speclens.json`),
);
const LIBRARY = join(FIXTURES, 'v1-library.speclens.json');
const TEXT = [
  '1. The provider will support people on probation to find and keep settled accommodation.',
  '2. The service is open to men and women aged 18 and over across the region.',
  '3. Referrals come from probation practitioners through the referral system.',
].join('\n');

async function openInWelsh(page: Page, route = '#/') {
  await page.goto(`./?lang=cy${route}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
}

function row(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
}

test('the empty list, the examples and a new assessment, in Welsh', async ({ page }) => {
  await openInWelsh(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Asesiadau' })).toBeVisible();
  await expect(page.getByText('Nid oes gennych unrhyw asesiadau eto.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Rhowch gynnig ar enghraifft' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Sgorio'r enghraifft hon: / })).toHaveCount(7);
  await expect(page.getByRole('heading', { level: 2, name: 'Mewnforio ffeiliau' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Asesiad newydd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Asesiad newydd' })).toBeVisible();
  await expect(page).toHaveTitle('Asesiad newydd | Spec Lens');
  // Nothing typed: the title's error, in Welsh, and focus on the field.
  await page.getByRole('button', { name: 'Creu asesiad' }).click();
  await expect(page.getByText('Rhowch deitl y fanyleb.')).toBeVisible();
  await expect(page.getByLabel('Teitl (gofynnol)')).toBeFocused();
  await page.getByLabel('Teitl (gofynnol)').fill('Llety');
  await page.getByLabel('Comisiynydd').fill('Comisiynydd Heddlu a Throseddu');
  await page.getByLabel('Yr ymgynghoriad yn agor').fill('2026-01-05');
  await page.getByLabel('Neu gludwch y testun').fill(TEXT);
  const preview = page.getByRole('region', { name: 'Beth ddarllenodd Spec Lens' });
  await expect(preview.getByText('3 chymal a dim penawdau.')).toBeVisible();
  await expect(preview.getByRole('list', { name: "Cymalau, gyda'u labeli" }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByLabel('Fframwaith')).toContainText('(fersiwn ');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Aseswr').fill('Arweinydd comisiynu');
  await page.getByRole('button', { name: 'Creu asesiad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Llety' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Pob newid wedi'i gadw \(\d{2}:\d{2}:\d{2}\)$/ })).toBeVisible();
});

test('the list: import, compare, rename, delete and undo, in Welsh', async ({ page }) => {
  await openInWelsh(page);
  const choose = page.getByLabel("Dewis ffeiliau .speclens.json (asesiadau neu gopi wrth gefn o'r llyfrgell)");
  await choose.setInputFiles(LIBRARY);
  await expect(page.getByText("v1-library.speclens.json: wedi'i darllen.", { exact: false })).toBeVisible();
  await expect(page.getByText(/^Aseswr: A\. Tester · 2 o 2 faen prawf perthnasol wedi'u hateb · /)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Cadw yn fy asesiadau' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Wedi cadw 2 asesiad. Maen nhw yn eich rhestr o asesiadau.' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Eich asesiadau' });
  await expect(table.getByRole('columnheader', { name: 'Newid diwethaf (amser lleol)' })).toBeVisible();
  await expect(row(page, 'Fixture: housing support')).toBeVisible();

  // Compare with one ticked: the count is said in Welsh.
  await page.getByRole('checkbox', { name: /^Cymharu Fixture: mentoring, fersiwn 0\.3, newidiwyd ddiwethaf / }).check();
  await page.getByRole('button', { name: "Cymharu'r ddau sydd wedi'u ticio" }).click();
  await expect(page.getByText("Ticiwch ddau asesiad yn y golofn Cymharu i'w cymharu: mae un wedi'i dicio.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Rename the draft, then delete it and undo.
  await row(page, 'Fixture: housing support').getByRole('button', { name: 'Ailenwi Fixture: housing support' }).click();
  await page.getByLabel('Teitl newydd ar gyfer Fixture: housing support').fill('Llety, drafft');
  await page.getByRole('button', { name: "Cadw'r teitl" }).click();
  await expect(row(page, 'Llety, drafft')).toBeVisible();
  await row(page, 'Llety, drafft').getByRole('button', { name: 'Dileu Llety, drafft' }).click();
  await expect(page.getByText('Wedi dileu "Llety, drafft".')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Dadwneud' }).click();
  await expect(row(page, 'Llety, drafft').getByRole('link', { name: 'Canlyniadau Llety, drafft' })).toBeVisible();

  // The same file again: the clash is asked about in Welsh, and both are kept.
  await choose.setInputFiles(LIBRARY);
  await expect(page.getByText('Eisoes yn eich asesiadau', { exact: true })).toHaveCount(2);
  await expect(page.getByText(/^Mae 2 o'r rhain yn eich asesiadau eisoes\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lawrlwytho copi wrth gefn yn gyntaf' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: "Cadw'r ddau" }).click();
  await expect(row(page, "Fixture: mentoring (wedi'i fewnforio)")).toBeVisible();
  await expect(row(page, "Fixture: housing support (wedi'i fewnforio)")).toBeVisible();
});

test('the export panel and a share link, in Welsh', async ({ page }) => {
  await openInWelsh(page);
  await page.getByLabel(/^Dewis ffeiliau \.speclens\.json/).setInputFiles(DRAFTS[0]);
  await page.getByRole('button', { name: 'Cadw yn fy asesiadau' }).click();
  const exports = page.getByRole('region', { name: 'Allforio a rhannu' });
  await expect(exports.getByRole('button', { name: 'Lawrlwytho ffeil yr asesiad' })).toBeVisible();
  await expect(exports.getByRole('button', { name: "Lawrlwytho'r adroddiad (Word)" })).toBeVisible();
  await exports.getByRole('button', { name: 'Creu dolen rannu' }).click();
  const link = exports.getByLabel(/^Dolen rannu \(\d+ nod\)$/);
  await expect(link).toBeVisible();
  const address = await link.inputValue();

  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: 'Asesiad a rannwyd' })).toBeVisible();
  await expect(page.getByText("Mae rhywun wedi rhannu'r asesiad hwn gyda chi.", { exact: false })).toBeVisible();
  await expect(page.getByText('Eisoes yn eich asesiadau', { exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.getByRole('link', { name: 'Peidio â chadw' })).toBeVisible();
});

test('a broken share link, and About with "Forget this browser", in Welsh', async ({ page }) => {
  await openInWelsh(page, '#/share/not-a-link');
  await expect(page.getByRole('heading', { level: 1, name: 'Asesiad a rannwyd' })).toBeVisible();
  await expect(page.getByRole('link', { name: "Ewch i'ch asesiadau" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await openInWelsh(page, '#/about');
  await expect(page.getByRole('heading', { level: 1, name: 'Ynghylch Spec Lens' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Ar gyfrifiadur a rennir' })).toBeVisible();
  const forget = page.getByRole('button', { name: "Anghofio'r porwr hwn…" });
  await forget.click();
  await expect(forget).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: "Tynnu popeth o'r porwr hwn" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: "Tynnu popeth o'r porwr hwn" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Mae Spec Lens wedi anghofio'r porwr hwn" })).toBeVisible();
  await expect(page.getByRole('link', { name: "Agor Spec Lens o'r newydd" })).toBeVisible();
});

test('a refused file is refused in Welsh, naming the field', async ({ page }) => {
  await openInWelsh(page);
  const choose = page.getByLabel("Dewis ffeiliau .speclens.json (asesiadau neu gopi wrth gefn o'r llyfrgell)");
  const future = JSON.stringify({ format: 'spec-lens', kind: 'assessment', version: 99, payload: {} });
  await choose.setInputFiles([
    {
      name: 'duplicate-ids.speclens.json',
      mimeType: 'application/json',
      buffer: await readFile(join(FIXTURES, 'duplicate-ids.speclens.json')),
    },
    { name: 'future.speclens.json', mimeType: 'application/json', buffer: Buffer.from(future) },
  ]);
  const duplicate = page.locator('.import__error').filter({ hasText: 'duplicate-ids.speclens.json' });
  await expect(duplicate).toContainText(
    'Ni ellir mewnforio\'r ffeil hon oherwydd yn y fframwaith "Fixture framework", dynodydd yn y maen prawf ' +
      '"data-sources" (adran 2): mae gan faen prawf arall y dynodydd "data-sources" eisoes',
  );
  await expect(duplicate).not.toContainText('cannot be imported');
  const newer = page.locator('.import__error').filter({ hasText: 'future.speclens.json' });
  await expect(newer).toContainText('Cafodd y ffeil hon ei chadw gan fersiwn mwy newydd o Spec Lens (fformat ffeil 99');
  await expect(page.getByRole('button', { name: 'Cadw yn fy asesiadau' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test("a file's built-in framework is named in Welsh before it is saved", async ({ page }) => {
  await page.goto('./?lang=cy#/');
  await page.locator('#import-files').setInputFiles(join(__dirname, '..', '..', 'fixtures', 'compare', 'accommodation-draft-1.speclens.json'));
  await expect(
    page.getByText(/wedi'i sgorio o dan Asesiad cynhwysol o anghenion ar gyfer gwasanaethau adsefydlu a gomisiynir fersiwn 1\.1/),
  ).toBeVisible();
});
