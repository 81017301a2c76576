import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { LibraryPage, ScoringPage, SAMPLE_TEXT, waitForSaved } from '../support/library';
import { ResultsPage } from '../support/results';
import type { Page } from '@playwright/test';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
async function exportedWorkedExample(page: Page): Promise<{ path: string; json: any; results: ResultsPage }> {
  const results = await new LibraryPage(page).openWorkedExample();
  const path = await results.downloadAssessmentFile();
  return { path, json: JSON.parse(await readFile(path, 'utf8')), results };
}

test('export then import in a fresh browser context gives the same results page', async ({ page, browser }, info) => {
  const { path } = await exportedWorkedExample(page);
  const original = await page.locator('main').innerText();

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(page.url().replace(/#.*$/, '#/'));
  const library = new LibraryPage(fresh);
  await library.picker().setInputFiles(path);
  await library.saveImported();
  await new ResultsPage(fresh).expectShown();
  const imported = await fresh.locator('main').innerText();
  const strip = (text: string) => text.replace(/All changes saved.*\n?/g, '');
  expect(strip(imported)).toBe(strip(original));
  await context.close();
});

const hostile: Array<[string, () => Promise<Buffer>]> = [
  ['not-json.txt', () => readFile(join(FIXTURES, 'not-json.txt'))],
  ['empty.speclens.json', () => readFile(join(FIXTURES, 'empty.speclens.json'))],
  ['newer-version.speclens.json', () => readFile(join(FIXTURES, 'newer-version.speclens.json'))],
  ['missing-fields.speclens.json', () => readFile(join(FIXTURES, 'missing-fields.speclens.json'))],
  ['wrong-types.speclens.json', () => readFile(join(FIXTURES, 'wrong-types.speclens.json'))],
  ['duplicate-ids.speclens.json', () => readFile(join(FIXTURES, 'duplicate-ids.speclens.json'))],
  ['not-spec-lens.json', () => readFile(join(FIXTURES, 'not-spec-lens.json'))],
  ['deep.speclens.json', async () => Buffer.from('['.repeat(10_000) + ']'.repeat(10_000))],
  ['huge.speclens.json', async () => Buffer.alloc(5 * 1024 * 1024 + 1, 32)],
];

test('each hostile file gets a clear message and leaves the library exactly as it was', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.createFromText('Kept exactly', SAMPLE_TEXT);
  await waitForSaved(page);
  await library.goto();
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  for (const [name, bytes] of hostile) {
    await library.picker().setInputFiles({ name, mimeType: 'application/json', buffer: await bytes() });
    const message = page.locator('.import__error').filter({ hasText: name });
    await expect(message, name).toBeVisible();
    const text = (await message.innerText()).replace(`${name}: `, '');
    expect(text.length, `${name}: ${text}`).toBeGreaterThan(20);
    expect(text, name).toMatch(/\.$/);
    await expect(library.saveButton()).toHaveCount(0);
  }
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  await expect(library.row('Kept exactly')).toBeVisible();
});

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', 'javascript:alert(3)'];

test('script payloads in an imported file run nothing and show as text', async ({ page }, info) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const { json } = await exportedWorkedExample(page);
  const a = json.payload.assessment;
  const payload = PAYLOADS.join(' ');
  a.id = 'hostile-text';
  for (const field of ['title', 'commissioner', 'service_category', 'area', 'version']) a.specification[field] = `${field} ${payload}`;
  a.specification.text = PAYLOADS.map((p, i) => `${i + 1}. Clause ${p}`).join('\n');
  a.assessor = `Assessor ${payload}`;
  for (const response of Object.values<any>(a.responses)) {
    response.rationale = `Because ${payload}`;
    response.evidence = [{ clause: 1, quote: `Clause <script>alert(1)</script>` }, { quote: `Typed ${payload}` }];
    if (response.answer.kind === 'not_applicable') response.answer.reason = `Reason ${payload}`;
  }
  const first = Object.keys(a.responses)[0];
  a.responses[first].answer = { kind: 'not_applicable', reason: `Reason ${payload}` };
  const path = info.outputPath('hostile.speclens.json');
  await writeFile(path, JSON.stringify(json));

  await page.goto('/#/');
  const library = new LibraryPage(page);
  await library.picker().setInputFiles(path);
  await expect(page.getByText(`title ${payload}`).first()).toBeVisible();
  await page.getByRole('button', { name: 'Keep both' }).or(library.saveButton()).first().click();
  await new ResultsPage(page).expectShown(`title ${payload}`);
  await page.getByRole('link', { name: 'Score' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `title ${payload}` })).toBeVisible();
  await expect(page.getByLabel('Rationale')).toHaveValue(`Because ${payload}`);
  await expect(page.getByRole('group', { name: 'Evidence' }).getByText(`Typed ${payload}`)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
  await expect(page.getByRole('rowheader', { name: `title ${payload}` })).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the CSV parses back to the same cells', async ({ page }) => {
  const { results } = await exportedWorkedExample(page);
  const download = await results.download('Download a spreadsheet (CSV)');
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const rows = parseCsv(csv);
  expect(rows[0]).toEqual(['Section', 'Criterion', 'Answer', 'Level label', 'Weight', 'Rationale', 'Evidence']);
  expect(rows.length).toBe(46);
  // The first criterion's cells match what the scoring page shows for it.
  await page.getByRole('link', { name: 'Score' }).click();
  const scoring = new ScoringPage(page);
  await expect(page.locator('#criterion-title')).toContainText(rows[1][1]);
  await expect(page.getByLabel('Rationale')).toHaveValue(rows[1][5]);
});

test('the printed report holds every section heading', async ({ page }, info) => {
  await exportedWorkedExample(page);
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  const pdf = info.outputPath('report.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const heading of headings.filter((h) => h !== 'Export and share')) {
    expect(text, heading).toContain(heading);
  }
  expect(text).not.toContain('Export and share');
  expect(text).not.toContain('Skip to content');
});

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}
