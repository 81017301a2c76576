import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, axeViolations } from '../support/fixtures';
import { ScoringPage } from '../support/library';
import type { Page } from '@playwright/test';

const DOCUMENTS = join(__dirname, '..', '..', 'fixtures', 'documents');
const PICKER = /^Open the specification: a Word, OpenDocument, PDF, text or Markdown file/;

async function newAssessment(page: Page) {
  await page.goto('./#/assessments/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();
}

/** Creates the assessment from what the page read, then cites `label` as evidence for the first criterion. */
async function createAndCite(page: Page, title: string, label: string) {
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const scoring = new ScoringPage(page);
  await scoring.shortcut('3');
  const picker = page.getByLabel('Quote a clause of the specification');
  const option = picker.getByRole('option', { name: new RegExp(`^${label.replace(/[().]/g, '\\$&')} `) });
  await picker.selectOption({ label: (await option.textContent())! });
  await page.getByRole('button', { name: 'Add clause' }).click();
  await expect(page.getByRole('group', { name: 'Evidence' }).getByText(`Clause ${label}:`)).toBeVisible();
}

test('text copied out of a PDF keeps its clause numbers, and evidence cites them', async ({ page }) => {
  await newAssessment(page);
  await page.getByLabel('Paste the text').fill(await readFile(join(DOCUMENTS, 'pasted-from-pdf.txt'), 'utf8'));
  const preview = page.getByRole('region', { name: 'What Spec Lens read' });
  await expect(preview.getByText('14 clauses under 4 headings. 6 running header, footer and page-number lines were left out.')).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Outline' }).getByRole('listitem')).toHaveText([
    '1. Introduction (2 clauses)',
    '2. Needs assessment (2 clauses)',
    '3. Eligibility and referral (5 clauses)',
    '4. Delivery (5 clauses)',
  ]);
  await expect(preview.getByText('3.1 a) people aged 18 or over')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Title (required)').fill('Dyfed accommodation support');
  await createAndCite(page, 'Dyfed accommodation support', '3.1 a)');
  expect(await axeViolations(page)).toEqual([]);
});

test('a file the page cannot read gets one sentence, and the page stays as it was', async ({ page }) => {
  await newAssessment(page);
  await page.getByLabel('Title (required)').fill('Kept title');
  const cases: Array<[string, Buffer, RegExp]> = [
    ['old.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      /old Word document \(\.doc\).*save it as \.docx or PDF/],
    ['notes.rtf', Buffer.from('{\\rtf1\\ansi Hello}'), /Rich Text \(\.rtf\)/],
    ['empty.txt', Buffer.from('  \n\n'), /has no text to read/],
    ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /cannot read this file/],
  ];
  for (const [name, buffer, sentence] of cases) {
    await page.getByLabel(PICKER).setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(page.getByRole('alert')).toContainText(name);
    await expect(page.getByRole('alert')).toContainText(sentence);
  }
  await expect(page.getByLabel('Title (required)')).toHaveValue('Kept title');
  await expect(page.getByRole('region', { name: 'What Spec Lens read' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a text file opens with its preview; choosing another file or pasting instead goes back', async ({ page }) => {
  await newAssessment(page);
  await page.getByLabel(PICKER).setInputFiles(join(DOCUMENTS, 'pasted-from-pdf.txt'));
  const heading = page.getByRole('heading', { name: 'What Spec Lens read' });
  await expect(heading).toBeFocused();
  await expect(page.getByText(/^pasted-from-pdf\.txt \(\d+ KB\)\. 14 clauses under 4 headings\./)).toBeVisible();
  await expect(page.getByLabel('Title (required)')).toHaveValue('pasted-from-pdf');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Paste text instead' }).click();
  await expect(page.getByLabel('Paste the text')).toBeFocused();
  await page.getByLabel(PICKER).setInputFiles(join(DOCUMENTS, 'pasted-from-pdf.txt'));
  await createAndCite(page, 'pasted-from-pdf', '4.1 (iv)');
  // The scored document is recorded and survives a reload.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Evidence' }).getByText('Clause 4.1 (iv):')).toBeVisible();
});

const PREVIEW = 'What Spec Lens read';

/** Opens a fixture through the picker and waits for the preview to be focused. */
async function openFile(page: Page, name: string) {
  await newAssessment(page);
  await page.getByLabel(PICKER).setInputFiles(join(DOCUMENTS, name));
  await expect(page.getByRole('heading', { name: PREVIEW })).toBeFocused({ timeout: 20_000 });
  return page.getByRole('region', { name: PREVIEW });
}

for (const name of ['accommodation-spec.docx', 'accommodation-spec.odt']) {
  test(`a ${name.split('.').pop()} file keeps the document's numbering in the preview and in evidence`, async ({ page }) => {
    const preview = await openFile(page, name);
    await expect(preview.getByText(new RegExp(`^${name.replace('.', '\\.')} \\(\\d+ KB\\)\\. \\d+ clauses under \\d+ headings\\.`))).toBeVisible();
    const outline = preview.getByRole('list', { name: 'Outline' });
    await expect(outline.getByRole('listitem').filter({ hasText: /^2\. Eligibility \(\d+ clauses\)$/ })).toBeVisible();
    await expect(outline.getByRole('listitem').filter({ hasText: /^5\.1 Services in Welsh/ })).toBeVisible();
    const clauses = preview.getByRole('list', { name: 'Clauses, with their labels' });
    await expect(clauses.getByRole('listitem').filter({ hasText: /^1\.2\.1 The Provider does not make homelessness decisions/ })).toBeVisible();
    await expect(clauses.getByRole('listitem').filter({ hasText: /^4 \(iv\) a risk of domestic abuse/ })).toBeVisible();
    // Running header and footer text never becomes a clause.
    await expect(clauses.getByText(/Page \d+ of \d+/)).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await createAndCite(page, 'accommodation-spec', '1.2.1');
  });
}

test('a PDF opens through pdf.js, fetched only then, with pages and without its running header and footer', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await newAssessment(page);
  expect(requested.filter((p) => p.includes('pdfjs/')), 'pdf.js is not part of the first load').toEqual([]);
  const preview = await openFile(page, 'probation-accommodation.pdf');
  expect(requested.some((p) => p.endsWith('pdfjs/pdf.min.mjs'))).toBe(true);
  await expect(preview.getByText(/running header, footer and page-number lines were left out\./)).toBeVisible();
  const clauses = preview.getByRole('list', { name: 'Clauses, with their labels' });
  await expect(clauses.getByRole('listitem').filter({ hasText: /^3\.1\.2 \(p\. 2\) / })).toBeVisible();
  await expect(clauses.getByText(/OFFICIAL|Page \d+ of 3/)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await createAndCite(page, 'probation-accommodation', '3.1.2 (p. 2)');
});

test('hostile and unreadable documents each get their sentence and nothing is created', async ({ page }) => {
  await newAssessment(page);
  const cases: Array<[string, RegExp]> = [
    ['scanned.pdf', /no text to read; it looks scanned/],
    ['encrypted.pdf', /protected by a password/],
    ['truncated.docx', /damaged and cannot be read/],
    ['bomb.docx', /unpacks to more than 100 MB/],
    ['legacy.doc', /old Word document/],
    ['spec.rtf', /Rich Text/],
  ];
  for (const [name, sentence] of cases) {
    await page.getByLabel(PICKER).setInputFiles(join(DOCUMENTS, name));
    await expect(page.getByRole('alert')).toContainText(name, { timeout: 20_000 });
    await expect(page.getByRole('alert')).toContainText(sentence);
  }
  await expect(page.getByRole('region', { name: PREVIEW })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
