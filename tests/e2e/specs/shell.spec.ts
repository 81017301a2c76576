import { test, expect, open, axeViolations } from '../support/fixtures';

const views = [
  { route: '#/', heading: 'Assessments' },
  { route: '#/frameworks', heading: 'Frameworks' },
  { route: '#/workshop', heading: 'Workshop' },
  { route: '#/about', heading: 'About Spec Lens' },
  { route: '#/nowhere', heading: 'Page not found' },
];

for (const view of views) {
  test(`${view.route} renders its heading and is axe-core clean`, async ({ page }) => {
    await open(page, view.route);
    await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the main navigation reaches every section by keyboard and marks the current one', async ({ page }) => {
  await open(page, '#/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Assessments' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'About' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'About Spec Lens' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('About | Spec Lens');
  // Focus moves to the new page's heading so a screen reader announces it.
  await expect(page.getByRole('heading', { level: 1, name: 'About Spec Lens' })).toBeFocused();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
});

test('the skip link moves focus to the content without changing the address', async ({ page }) => {
  await open(page, '#/about');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/about');
});

test('the About page says that nothing leaves the browser', async ({ page }) => {
  await open(page, '#/about');
  await expect(page.getByRole('heading', { name: 'Your data stays with you' })).toBeVisible();
  await expect(page.getByText('no server and no account', { exact: false })).toBeVisible();
});

test.describe('content security policy', () => {
  test.use({ consoleErrorsExpected: true });

test('a strict Content-Security-Policy is in force and the page still works under it', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await open(page, '#/frameworks');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/https?:/);
  // An inline script that the policy does not list is refused.
  const ran = await page.evaluate(() => {
    (window as any).injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.injected = true;';
    document.body.appendChild(s);
    return (window as any).injected;
  });
  expect(ran).toBe(false);
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
});
});
