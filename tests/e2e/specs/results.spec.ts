import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';

import { test, expect, axeViolations } from '../support/fixtures';
import { LibraryPage } from '../support/library';
import { ResultsPage } from '../support/results';

// The built-in worked example under framework 1.1: every criterion answered, mostly Absent (the text says
// nothing), none Insufficient evidence, overall about 5%, seven failed critical criteria.
const WORKED_EXAMPLE = 'worked-example-accommodation';

/** Opens the worked example's results by their address. */
async function workedExample(page: Page): Promise<ResultsPage> {
  const results = new ResultsPage(page);
  await results.goto(WORKED_EXAMPLE);
  return results;
}

const SECTIONS = [
  'Summary',
  'By section',
  'Charts',
  'What to fix first',
  'What the specification is silent on',
  'Insufficient evidence',
  'Timescale findings',
  'Unanswered criteria',
  'Export and share',
];

test('the results page has a heading for every part, in order, and is axe-core clean', async ({ page }) => {
  const results = await workedExample(page);
  await results.expectShown();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);
  expect(await axeViolations(page)).toEqual([]);
});

test('the summary gives the percentage, the band in words and the critical cap', async ({ page }) => {
  const summary = (await workedExample(page)).summary();
  await expect(summary.getByText('Inadequate', { exact: true })).toBeVisible();
  await expect(summary.getByText(/^\d{1,2}\.\d%$/)).toBeVisible();
  await expect(summary.getByText(/^Answered 45 of 45 applicable criteria \(0 not applicable\)\.$/)).toBeVisible();
  await expect(summary.getByText('Insufficient evidence: 0 criteria.')).toBeVisible();
  const cap = summary.getByRole('note');
  await expect(cap).toContainText('no higher than Inadequate');
  // Every criterion is answered, so the numbers are final, not provisional.
  await expect(summary.getByText(/^Provisional/)).toHaveCount(0);
});

test('the section table has a caption, header cells and one row per section plus the overall', async ({ page }) => {
  const table = (await workedExample(page)).region('By section').getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Section', 'Weight', 'Answered', 'Score']);
  await expect(table.getByRole('rowheader')).toHaveCount(10);
  await expect(table.getByRole('rowheader').last()).toHaveText('Overall (weighted by section)');
});

for (const chart of ['Bar chart', 'Radar chart']) {
  test(`the ${chart.toLowerCase()} is a named figure with a drawing and a data table`, async ({ page }) => {
    await workedExample(page);
    const figure = page.getByRole('figure', { name: new RegExp(`^${chart}:`) });
    await expect(figure).toBeVisible();
    await expect(figure.getByRole('img', { name: new RegExp(`^${chart}:`) })).toBeVisible();
    const table = figure.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader')).toHaveCount(9);
    // Every shape takes its colour from style/results.css (the CSP refuses inline styles); a shape
    // whose class matched no rule would fall back to SVG's default black fill.
    const black = await figure.locator('svg rect, svg polygon, svg circle').evaluateAll((shapes) =>
      shapes.filter((s) => getComputedStyle(s).fill === 'rgb(0, 0, 0)').map((s) => s.getAttribute('class')),
    );
    expect(black).toEqual([]);
  });
}

test('the gaps show the top ten and a keyboard toggle shows them all', async ({ page }) => {
  const gaps = (await workedExample(page)).region('What to fix first');
  const list = gaps.getByRole('list');
  await expect(list.getByRole('listitem')).toHaveCount(10);
  await expect(list.getByText('Critical', { exact: true }).first()).toBeVisible();
  await expect(list.getByText('Answer given: 0 Absent').first()).toBeVisible();

  const toggle = gaps.getByRole('button', { name: /^Show all \d+ gaps$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const total = Number((await toggle.textContent())!.match(/\d+/)![0]);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(total);
  const collapse = gaps.getByRole('button', { name: 'Show the top 10 only' });
  await expect(collapse).toHaveAttribute('aria-expanded', 'true');
  await expect(collapse).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Space');
  await expect(list.getByRole('listitem')).toHaveCount(10);
});

test('what the specification never mentions is listed criterion by criterion, with the terms looked for', async ({
  page,
}) => {
  const silent = (await workedExample(page)).region('What the specification is silent on');
  // The worked example scores the Accommodation example, which mentions 6 of the 45 criteria.
  await expect(silent).toContainText('any of the search terms of 39 criteria');
  const items = silent.getByRole('listitem');
  await expect(items).toHaveCount(39);
  await expect(items.filter({ hasText: /^“Armed forces veterans” — / })).toHaveText(
    '“Armed forces veterans” — the specification never mentions: veteran*, armed forces, ex-forces, ' +
      'ex-service personnel, ex-servicem*, military, service leaver*, Op Courage',
  );
  for (const title of ['Care leavers', 'Welsh language in Wales', 'Police and Crime Commissioner involved']) {
    await expect(items.filter({ hasText: `“${title}” — the specification never mentions: ` })).toHaveCount(1);
  }
  // It names women (whether a contract accepts them), so women are not listed.
  await expect(items.filter({ hasText: /^“Women” — / })).toHaveCount(0);
});

test('Insufficient evidence, timescale findings and unanswered criteria are stated in words', async ({ page }) => {
  const results = await workedExample(page);
  const insufficient = results.region('Insufficient evidence');
  await expect(insufficient.getByText('No criterion is answered Insufficient evidence.')).toBeVisible();
  await expect(insufficient).toContainText('Where the specification says nothing at all, the answer is 0 (Absent).');

  // The worked example has no dates, so every finding says which date to add.
  const timescale = results.region('Timescale findings');
  await expect(timescale.getByRole('listitem')).toHaveCount(3);
  await expect(timescale.getByText('Unknown', { exact: true })).toHaveCount(3);
  await expect(timescale.getByRole('listitem').first()).toContainText('Add the date');

  const unanswered = results.region('Unanswered criteria');
  await expect(unanswered).toContainText('Every applicable criterion is answered.');
});

test('the report downloads as a Word file', async ({ page }) => {
  const results = await new LibraryPage(page).openWorkedExample();
  const file = await results.download('Download the report (Word)');
  expect(file.suggestedFilename()).toMatch(/^spec-lens-.+\.docx$/);
  const bytes = await readFile((await file.path())!);
  // A zip package: "PK", then a local file header.
  expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  expect(bytes.length).toBeGreaterThan(2000);
  await expect(results.region('Export and share').getByRole('alert')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

/** One part of a zip package (a .docx), read through its central directory. */
function zipPart(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`no part ${name}`);
}

test('in Welsh, the reports, the spreadsheet and the file are in Welsh', async ({ page }) => {
  await page.goto(`./?lang=cy#/assessments/${WORKED_EXAMPLE}/results`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  const results = new ResultsPage(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Canlyniadau: / })).toBeVisible();
  await expect(results.region('Crynodeb').getByText('Annigonol', { exact: true })).toBeVisible();

  const markdown = await readFile((await (await results.download("Lawrlwytho'r adroddiad (Markdown)")).path())!, 'utf8');
  expect(markdown).toMatch(/^# Canlyniadau: /);
  expect(markdown).toContain('## Crynodeb');
  expect(markdown).toContain('**Asesiad o anghenion cyn cyhoeddi** (Anhysbys): Ychwanegwch ');
  expect(markdown).not.toContain('## Summary');

  // The Word report is written in the reader's worker, worded with the catalogue the page read.
  const word = await readFile((await (await results.download("Lawrlwytho'r adroddiad (Word)")).path())!);
  expect(zipPart(word, 'word/styles.xml')).toContain('<w:lang w:val="cy-GB"');
  expect(zipPart(word, 'docProps/core.xml')).toContain('<dc:language>cy-GB</dc:language>');
  const body = zipPart(word, 'word/document.xml');
  expect(body).toContain('>Crynodeb<');
  expect(body).not.toContain('>Summary<');

  const csv = await readFile((await (await results.download('Lawrlwytho taenlen (CSV)')).path())!, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Adran,Maen prawf,Ateb,Label y lefel,Pwysoliad,Rhesymeg,Tystiolaeth');

  const file = JSON.parse(await readFile((await (await results.download('Lawrlwytho ffeil yr asesiad')).path())!, 'utf8'));
  expect(file.language).toBe('cy');
  await expect(results.region('Allforio a rhannu').getByRole('alert')).toHaveCount(0);
});
