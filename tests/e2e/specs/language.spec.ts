import { test, expect, open, axeViolations } from '../support/fixtures';

// The language toggle (issue 19): "English | Cymraeg" in the header of every page, as GOV.UK services
// show it; the Welsh text is fetched when Welsh is first chosen, remembered, and followed by every window.

test('Cymraeg is fetched only when chosen, then words the page, its title and <html lang>', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await open(page, '#/');
  const toggle = page.getByRole('navigation', { name: 'Language' });
  await expect(toggle.getByText('English')).toHaveAttribute('aria-current', 'true');
  expect(requested.filter((p) => p.includes('/i18n/')), 'the Welsh text is not part of the first load').toEqual([]);

  const cymraeg = toggle.getByRole('link', { name: 'Cymraeg' });
  await expect(cymraeg).toHaveAttribute('lang', 'cy');
  await expect(cymraeg).toHaveAttribute('hreflang', 'cy');
  await cymraeg.focus();
  await page.keyboard.press('Enter');

  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page).toHaveTitle('Asesiadau | Spec Lens');
  await expect(page).toHaveURL(/\?lang=cy#\/$/);
  const iaith = page.getByRole('navigation', { name: 'Iaith' });
  await expect(iaith.getByText('Cymraeg')).toHaveAttribute('aria-current', 'true');
  // The keyboard stays on the toggle, now on the way back.
  await expect(iaith.getByRole('link', { name: 'English' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Prif ddewislen' }).getByRole('link', { name: 'Fframweithiau' })).toBeVisible();
  expect(requested.filter((p) => p.endsWith('/i18n/cy.json'))).toHaveLength(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('the choice is remembered, and a Welsh reader never sees the English page first', async ({ page }) => {
  await open(page, '#/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

  // A new visit without ?lang= opens in Welsh: the first heading drawn is already Welsh.
  await page.goto('./#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: "Heb ddod o hyd i'r dudalen" })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a link to the Welsh page opens in Welsh, and other windows follow a change', async ({ page, context }) => {
  await page.goto('./?lang=cy#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: "Heb ddod o hyd i'r dudalen" })).toBeVisible();

  const other = await context.newPage();
  await open(other, '#/nowhere');
  await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a failed fetch', () => {
  // The browser logs the refused request itself.
  test.use({ consoleErrorsExpected: true });

  test('when the Welsh text cannot be fetched the page says so and stays in English', async ({ page }) => {
    await page.route('**/i18n/cy.json', (route) => route.abort());
    await open(page, '#/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();
    await expect(page.getByRole('alert')).toContainText('The Welsh text could not be fetched');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  });

  test("when the framework's Welsh wording cannot be fetched the page says so and stays in English", async ({ page }) => {
    await page.route('**/i18n/inclusive_needs_assessment-1.1.cy.json', (route) => route.abort());
    await open(page, '#/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();
    await expect(page.getByRole('alert')).toContainText('The Welsh text could not be fetched');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
