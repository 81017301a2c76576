import { test, expect, open, axeViolations } from '../support/fixtures';

// The Frameworks pages and the framework editor in Welsh (issue 19): found by their Welsh roles and
// names. The built-in version 1.1 carries Welsh wording (fetched with the Welsh text), so its titles
// and criteria show in Welsh; version 1.0 has none and shows as it was written, in English.

const TITLE = 'Inclusive needs assessment for commissioned rehabilitative services';
const WELSH_TITLE = 'Asesiad cynhwysol o anghenion ar gyfer gwasanaethau adsefydlu a gomisiynir';

test('Fframweithiau: the list, a framework read in full, the filter and an earlier version, in Welsh', async ({ page }) => {
  await open(page, '?lang=cy#/frameworks');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1, name: 'Fframweithiau' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fframwaith newydd' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(card).toContainText('Fersiwn 1.1 · 9 adran · 45 maen prawf');
  await expect(card).toContainText('Fersiynau cynharach yn y porwr hwn:');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: WELSH_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: WELSH_TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sut mae meini prawf yn cael eu sgorio' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Ystyr' })).toBeVisible();
  await expect(page.getByText(/^Bandiau ar y ganran gyffredinol: Rhagorol o \d+% ymlaen/)).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Stwnsh y rheolau' })).toBeVisible();
  await expect(page.getByRole('button', { name: "Copïo'r fframwaith hwn" })).toBeVisible();
  const count = page.getByRole('search').getByRole('status');
  await expect(count).toHaveText('Yn dangos 45 o 45 maen prawf');

  const filter = page.getByRole('searchbox', { name: "Hidlo'r meini prawf" });
  // The English search terms still find a criterion: a specification scored in Welsh is often in English.
  await filter.fill('veterans');
  await expect(count).toHaveText(/^Yn dangos [1-9]\d* o 45 maen prawf$/);
  const criterion = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Cyn-filwyr y lluoedd arfog' }) });
  await criterion.locator('summary').click();
  await expect(criterion.locator('summary')).toHaveText('Canllawiau, lefelau a ffynonellau ar gyfer Cyn-filwyr y lluoedd arfog');
  await expect(criterion.getByRole('heading', { level: 4, name: 'Ffynonellau' })).toBeVisible();
  await expect(criterion.getByRole('link', { name: /\(yn agor mewn tab newydd\)$/ }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The earlier version says so, and links the newest.
  await open(page, '?lang=cy#/frameworks');
  await page.getByRole('link', { name: `Fersiwn 1.0 o ${WELSH_TITLE}` }).click();
  await expect(page.getByText('Fersiwn gynharach yw hon.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Meini prawf' }).locator('+ dd')).toHaveText('42');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Darllen fersiwn 1.1, yr un fwyaf newydd yn y porwr hwn' }).click();
  await expect(page).toHaveURL(/#\/frameworks\/inclusive-needs-assessment$/);
});

test('an unknown framework id says so in Welsh, with the id as code', async ({ page }) => {
  await open(page, '?lang=cy#/frameworks/not-a-framework');
  await expect(page.getByRole('heading', { level: 1, name: "Heb ddod o hyd i'r fframwaith" })).toBeVisible();
  await expect(page.getByText("Nid oes gan y porwr hwn fframwaith â'r dynodydd not-a-framework.")).toBeVisible();
  await expect(page.getByRole('main').locator('code')).toHaveText('not-a-framework');
  await open(page, '?lang=cy#/frameworks/inclusive-needs-assessment/versions/9.9');
  await expect(page.getByText("Nid oes gan y porwr hwn fersiwn 9.9 o'r fframwaith â'r dynodydd inclusive-needs-assessment.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('Golygydd fframweithiau: a new framework, its problems, moving a criterion and saving, in Welsh', async ({ page }) => {
  await open(page, '?lang=cy#/frameworks');
  await page.getByRole('button', { name: 'Fframwaith newydd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Golygydd fframweithiau' })).toBeVisible();
  // A new framework starts in the reader's language; the person types over it.
  await expect(page.getByLabel('Teitl', { exact: true })).toHaveValue('Fframwaith newydd');
  await expect(page.getByRole('group', { name: 'Adran \u201cAdran 1\u201d' })).toBeVisible();
  const only = page.getByRole('group', { name: 'Maen prawf 1', exact: true });
  await only.getByLabel('Cwestiwn').fill('A yw wedi ei wneud?');
  await page.getByLabel('Pwysoliad', { exact: true }).fill('-1');
  await page.getByRole('button', { name: "Cadw'r fframwaith" }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Cywirwch 2 problem cyn cadw' }) });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Teitl y maen prawf')).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(page)).toEqual([]);

  // One in the draft's only section; the buttons name the item in Welsh word order.
  await page.getByRole('button', { name: 'Ychwanegu maen prawf at adran \u201cAdran 1\u201d' }).click();
  await expect(page.getByLabel('Dynodydd y maen prawf').nth(1)).toBeFocused();
  await page.getByLabel('Teitl y maen prawf').nth(1).fill('Ail');
  await page.getByLabel('Teitl y maen prawf').nth(0).fill('Cyntaf');
  await page.getByLabel('Pwysoliad', { exact: true }).first().fill('2');
  const down = page.getByRole('button', { name: 'Symud i lawr maen prawf \u201cCyntaf\u201d' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Maen prawf \u201c/ })).toHaveText([/^Maen prawf \u201cAil\u201d/, /^Maen prawf \u201cCyntaf\u201d/]);
  await expect(page.getByRole('button', { name: 'Symud i fyny maen prawf \u201cCyntaf\u201d' })).toBeFocused();
  await page.getByRole('button', { name: 'Ychwanegu ffynhonnell at faen prawf \u201cAil\u201d' }).click();
  await expect(page.getByRole('group', { name: 'Ffynhonnell 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Dileu ffynhonnell 1 o faen prawf \u201cAil\u201d' }).click();
  await expect(page.getByRole('group', { name: 'Ffynhonnell 1' })).toHaveCount(0);
  await page.getByLabel('Cwestiwn').nth(0).fill('Ail gwestiwn?');
  await expect(summary).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: "Cadw'r fframwaith" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fframwaith newydd' })).toBeVisible();
  await expect(page.getByRole('search').getByRole('status')).toHaveText('Yn dangos 2 o 2 maen prawf');
});
