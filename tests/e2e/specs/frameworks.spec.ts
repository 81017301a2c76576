import { test, expect, open, axeViolations } from '../support/fixtures';

const TITLE = 'Inclusive needs assessment for commissioned rehabilitative services';

test('the Frameworks page lists the built-in framework and opens it', async ({ page }) => {
  await open(page, '#/frameworks');
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'How criteria are scored' })).toBeVisible();
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^Showing (\d+) of \1 criteria$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('filtering narrows the criteria and a criterion opens to show its sources as links', async ({ page }) => {
  await open(page, '#/frameworks/inclusive-needs-assessment');
  const filter = page.getByRole('searchbox', { name: 'Filter criteria' });
  await filter.fill('veterans');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^Showing [1-9]\d* of \d+ criteria$/);
  const criterion = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Armed forces veterans' }) });
  await expect(criterion).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Lived-experience input' })).toHaveCount(0);

  await criterion.getByText('Guidance, levels and sources').click();
  const sources = criterion.getByRole('list').last();
  const link = sources.getByRole('link').first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /^https:\/\//);
  await expect(link).toHaveAttribute('rel', /noopener/);
  expect(await axeViolations(page)).toEqual([]);

  await filter.fill('no criterion says this xyzzy');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^Showing 0 of \d+ criteria$/);
});

test('critical criteria are marked', async ({ page }) => {
  await open(page, '#/frameworks/inclusive-needs-assessment');
  await expect(page.getByText('Critical', { exact: true }).first()).toBeVisible();
});

test('an unknown framework id says so', async ({ page }) => {
  await open(page, '#/frameworks/not-a-framework');
  await expect(page.getByRole('heading', { level: 1, name: 'Framework not found' })).toBeVisible();
});

test('the framework downloads as a framework file', async ({ page }) => {
  await open(page, '#/frameworks/inclusive-needs-assessment');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this framework file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^inclusive-needs-assessment-1-1-\d{4}-\d{2}-\d{2}\.speclens\.json$/);
  const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
  const envelope = JSON.parse(text);
  expect(envelope).toMatchObject({ format: 'spec-lens', kind: 'framework', version: 4 });
  expect(envelope.payload.framework.id).toBe('inclusive-needs-assessment');
});
