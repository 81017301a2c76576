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
