import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, axeViolations } from '../support/fixtures';

const FIXTURES = ['ama', 'priya', 'tom'].map((name) => join(__dirname, '..', '..', 'fixtures', 'workshop', `${name}.speclens.json`));
const CRITERIA = 45;

/** The guard in fixtures.ts watches the test's first page; extra windows get the same checks here. */
function watch(extra: Page, origin: string, problems: string[]) {
  extra.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      problems.push(`request left the origin: ${url}`);
    }
  });
  extra.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  extra.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}

/** The criterion, its scores and the clauses cited for it fit one 1920x1080 screen: nobody scrolls a projector. */
async function checkProjectorFits(projector: Page) {
  const below = await projector.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const box = el.getBoundingClientRect();
      if (own && box.width > 0 && box.bottom > window.innerHeight) found.push(`${el.tagName} "${el.textContent!.trim().slice(0, 40)}"`);
    }
    return found;
  });
  expect(below, 'text below the bottom of the projector screen').toEqual([]);
}

/** The projector's promises to the back of the room: no text under 32 px, and contrast of 7:1 or more. */
async function checkProjectorReadable(projector: Page) {
  const small = await projector.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const box = (el as HTMLElement).getBoundingClientRect();
      if (!own || box.width === 0 || el.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 32) found.push(`${el.tagName} "${el.textContent!.trim().slice(0, 40)}" ${size}px`);
    }
    return found;
  });
  expect(small, 'text under 32 px on the projector').toEqual([]);
  const enhanced = await new AxeBuilder({ page: projector }).withRules(['color-contrast-enhanced']).analyze();
  expect(enhanced.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', ')), 'contrast under 7:1').toEqual([]);
}

async function startWorkshop(page: Page) {
  await page.goto('/#/workshop');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
  await page.getByLabel('Choose two or more assessment files (.speclens.json)').setInputFiles(FIXTURES);
  await expect(page.getByText(`0 of ${CRITERIA} criteria agreed`)).toBeVisible();
}

async function openWindow(context: BrowserContext, route: string, origin: string, problems: string[], size?: { width: number; height: number }) {
  const extra = await context.newPage();
  watch(extra, origin, problems);
  if (size) await extra.setViewportSize(size);
  await extra.goto(`/${route}`);
  return extra;
}

test('merge three files, reveal and agree every criterion with reasons, export, and import the agreed assessment back', async ({ page }) => {
  test.setTimeout(120_000);
  await startWorkshop(page);
  for (const who of ['Ama Boateng (lived experience)', 'Priya Shah (probation)', 'Tom Reid (PCC office)']) {
    await expect(page.getByText(who)).toBeVisible();
  }
  await expect(page.getByRole('cell', { name: 'hidden' }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Probation' }).check();
  await page.getByRole('checkbox', { name: 'People with lived experience' }).check();
  await page.getByLabel('Names for Probation (optional)').fill('Priya Shah');
  await page.getByLabel('Names for Probation (optional)').press('Tab');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/#/workshop/presenter');
  await expect(page.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const where = page.getByText(/^Criterion \d+ of 45 · (Blind|Revealed|Agreed)$/);
  for (let i = 1; i <= CRITERIA; i++) {
    await expect(where).toHaveText(`Criterion ${i} of 45 · Blind`);
    await page.locator('body').press('r');
    await expect(where).toHaveText(`Criterion ${i} of 45 · Revealed`);
    if (i === 18) {
      // Inclusion-health groups: nobody cited a clause, and the finder points to those that say "homeless".
      const finder = page.getByRole('region', { name: 'Evidence finder' });
      await expect(finder).toContainText('3 clauses mention these terms; the assessors cited none of them.');
      const candidates = finder.getByRole('list', { name: 'Not cited by anyone, best match first' }).getByRole('listitem');
      await expect(candidates).toHaveCount(3);
      await expect(candidates.first()).toContainText('Clause 13');
      await expect(candidates.first().locator('mark').first()).toHaveText('homelessness');
      await expect(finder).toContainText('The specification never mentions: inclusion health, rough sleep*');
    }
    await page.locator('body').press(String(i % 5));
    await page.getByLabel('Reason for the agreed score (required)').fill(`Agreed after discussion of criterion ${i}.`);
    await page.getByLabel('Reason for the agreed score (required)').press('Control+Enter');
    await expect(where).toHaveText(`Criterion ${i} of 45 · Agreed`);
    if (i === 1) expect(await axeViolations(page)).toEqual([]);
    if (i < CRITERIA) await page.locator('body').press('ArrowRight');
  }

  await page.goto('/#/workshop');
  await expect(page.getByText(`${CRITERIA} of ${CRITERIA} criteria agreed`)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the agreed assessment' }).click();
  const path = (await (await download).path())!;
  const envelope = JSON.parse(await readFile(path, 'utf8'));
  expect(envelope).toMatchObject({ format: 'spec-lens', kind: 'assessment', payload: { assessment: { status: 'final' } } });
  expect(Object.keys(envelope.payload.assessment.responses)).toHaveLength(CRITERIA);
  expect(envelope.payload.assessment.provenance.participants).toEqual([
    { perspective: 'Probation', name: 'Priya Shah' },
    { perspective: 'People with lived experience', name: '' },
  ]);

  await page.goto('/#/');
  await page.getByLabel('Choose .speclens.json files (assessments or a library backup)').setInputFiles(path);
  await expect(page.getByText(/: read\./)).toBeVisible();
  await page.getByRole('button', { name: 'Save to my assessments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Results: / })).toBeVisible();
  const record = page.getByRole('region', { name: 'Agreed in a workshop' });
  await expect(record.getByText('Probation (Priya Shah); People with lived experience')).toBeVisible();
  const first = record.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Local needs assessment' }) });
  await expect(first.getByRole('cell')).toHaveText(['1', '0', '0', '1']);
  expect(await axeViolations(page)).toEqual([]);
});

test('presenter and projector windows stay in sync and survive a reload', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const problems: string[] = [];
  await startWorkshop(page);
  await page.goto('/#/workshop/presenter');
  const projector = await openWindow(context, '#/workshop/projector', origin, problems, { width: 1920, height: 1080 });
  const projected = projector.getByText(/^Criterion \d+ of 45 · /);
  await expect(projected).toHaveText(/^Criterion 1 of 45 · Breadth of evidence/);
  await expect(projector.getByRole('banner')).toHaveCount(0);
  await expect(projector.getByText('Scores are hidden. 3 of 3 people have scored this criterion.')).toBeVisible();
  const cited = projector.getByRole('region', { name: 'Cited by the assessors' });
  await expect(cited).toHaveCount(0);

  // Advance from the presenter: the projector follows.
  await page.locator('body').press('ArrowRight');
  await expect(projected).toHaveText(/^Criterion 2 of 45 · /);
  // Blind: nothing cited shows, since who cited what would give the scores away.
  await expect(cited).toHaveCount(0);
  await expect(projector.getByText('Refer and monitor')).toHaveCount(0);
  // Reveal from the projector's keyboard: the presenter follows, names stay hidden on the projector.
  await projector.locator('body').press('r');
  await expect(page.getByText('Criterion 2 of 45 · Revealed')).toBeVisible();
  await expect(projector.getByRole('rowheader', { name: 'Assessor A' })).toBeVisible();
  await expect(projector.getByText('Ama Boateng')).toHaveCount(0);
  // Beside the scores, the clauses the assessors cited, once each in document order, with their
  // labels and how many cited them; the part quoted marked; then the evidence typed without a clause.
  const clauses = cited.getByRole('list', { name: 'Cited by the assessors' }).getByRole('listitem');
  await expect(clauses).toHaveCount(4);
  await expect(clauses.nth(0)).toContainText('Clause 1, cited by 1 of 3 assessors');
  await expect(clauses.nth(0).locator('mark')).toHaveText('Refer and monitor an intervention');
  await expect(clauses.nth(1)).toContainText('Clause 3, cited by all 3 assessors');
  await expect(clauses.nth(1).locator('mark')).toHaveText('the contract type data itself holds no eligibility');
  await expect(clauses.nth(1)).toContainText('…');
  await expect(clauses.nth(2)).toContainText('Clause 14, cited by 1 of 3 assessors');
  await expect(clauses.nth(3)).toContainText('Typed evidence, typed by 1 of 3 assessors');
  await expect(clauses.nth(3)).toContainText('Nothing says where the data on need comes from');
  await checkProjectorFits(projector);
  // The presenter has the same clauses, by name, and the evidence finder.
  const presented = page.getByRole('region', { name: 'Cited by the assessors' }).getByRole('listitem');
  await expect(presented.nth(0)).toContainText('Clause 1, cited by Priya Shah (probation)');
  await expect(presented.nth(1)).toContainText('Clause 3, cited by all 3 assessors');
  const finder = page.getByRole('region', { name: 'Evidence finder' });
  await expect(finder).toContainText('Search terms: OASys, Offender Assessment System');
  await expect(finder).toContainText(/(No clause mentions these terms\.|\d+ clauses? mentions? these terms)/);
  await expect(finder).toContainText('The specification never mentions: OASys');
  expect(await axeViolations(page)).toEqual([]);
  // The timer, started in the presenter view, runs on the projector.
  await page.getByRole('button', { name: 'Start or pause the timer' }).click();
  await expect(projector.getByLabel('Time on this criterion')).toContainText('running');
  await expect(projector.getByLabel('Time on this criterion')).toContainText(/0:0[1-9]/);
  // Names only when shown on purpose.
  await page.getByRole('checkbox', { name: 'Show assessor names on the projector' }).check();
  await expect(projector.getByRole('rowheader', { name: 'Ama Boateng (lived experience)' })).toBeVisible();
  // Names take more room, so three items fit: the clause all three cited first, then those cited
  // by one in document order, and a sentence for the typed evidence left out.
  await expect(clauses).toHaveCount(3);
  await expect(clauses.nth(0)).toContainText('Clause 3, cited by all 3 assessors');
  await expect(clauses.nth(1)).toContainText('Clause 1, cited by Priya Shah (probation)');
  await expect(clauses.nth(2)).toContainText('Clause 14, cited by Tom Reid (PCC office)');
  await expect(cited).toContainText('And 1 more typed quote.');
  await checkProjectorFits(projector);
  expect(await axeViolations(projector)).toEqual([]);
  await checkProjectorReadable(projector);

  // Either window reloads into the same state.
  await projector.reload();
  await expect(projected).toHaveText(/^Criterion 2 of 45 · /);
  await expect(projector.getByText('Revealed', { exact: true })).toBeVisible();
  await expect(projector.getByLabel('Time on this criterion')).toContainText('running');
  await page.reload();
  await expect(page.getByText('Criterion 2 of 45 · Revealed')).toBeVisible();
  // And they still follow each other after the reload.
  await projector.locator('body').press('ArrowRight');
  await expect(page.getByText('Criterion 3 of 45 · Blind')).toBeVisible();
  await projector.locator('body').press('r');
  await expect(cited).toContainText('No assessor cited a clause or typed evidence for this criterion.');
  await projector.locator('body').press('3');
  await projector.getByLabel('Reason for the agreed score (required)').fill('The room agreed clause 7 partly meets it.');
  expect(await axeViolations(projector)).toEqual([]);
  await checkProjectorReadable(projector);
  await checkProjectorFits(projector);
  await projector.getByRole('button', { name: 'Record the agreed score' }).click();
  await expect(page.getByText('Criterion 3 of 45 · Agreed')).toBeVisible();
  await expect(page.getByText('Agreed: 3 Achieving — The room agreed clause 7 partly meets it.')).toBeVisible();
  expect(await axeViolations(projector)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the projector refuses to agree before reveal, and an agreed score needs a reason', async ({ page, context, baseURL }) => {
  const problems: string[] = [];
  await startWorkshop(page);
  const projector = await openWindow(context, '#/workshop/projector', new URL(baseURL!).origin, problems, { width: 1920, height: 1080 });
  await projector.locator('body').press('2');
  await expect(projector.getByRole('alert')).toHaveText(/Reveal the scores before agreeing/);
  await projector.locator('body').press('r');
  await projector.locator('body').press('2');
  await projector.getByRole('button', { name: 'Record the agreed score' }).click();
  await expect(projector.getByText('Write the reason for the agreed score; the record needs it.')).toBeVisible();
  await projector.keyboard.press('Escape');
  await expect(projector.getByRole('button', { name: 'Record the agreed score' })).toHaveCount(0);
  await expect(projector.getByText('Revealed', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a file of another specification is refused, naming the file and the difference', async ({ page }) => {
  const other = JSON.parse(await readFile(FIXTURES[2], 'utf8'));
  other.payload.assessment.specification.title = 'Personal Wellbeing services';
  other.payload.assessment.specification.text = '1. A different service altogether.';
  const path = join(tmpdir(), 'other-spec.speclens.json');
  await writeFile(path, JSON.stringify(other));
  await page.goto('/#/workshop');
  await page.getByLabel('Choose two or more assessment files (.speclens.json)').setInputFiles([FIXTURES[0], FIXTURES[1], path]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The workshop was not started');
  await expect(alert).toContainText('other-spec.speclens.json');
  await expect(alert).toContainText('Personal Wellbeing services');
  await expect(page.getByText(/criteria agreed/)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a person who scores on the facilitator computer: the score stays hidden until reveal', async ({ page, context, baseURL }) => {
  const problems: string[] = [];
  await startWorkshop(page);
  await page.getByLabel('Add a person who scores on this computer').fill('Sam Green (housing)');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('Sam Green (housing), scores typed in the presenter view')).toBeVisible();
  const projector = await openWindow(context, '#/workshop/projector', new URL(baseURL!).origin, problems, { width: 1920, height: 1080 });
  await expect(projector.getByText('Scores are hidden. 3 of 4 people have scored this criterion.')).toBeVisible();
  await checkProjectorReadable(projector);
  await page.goto('/#/workshop/presenter');
  await page.getByLabel('Score for Sam Green (housing) (kept hidden)').selectOption({ label: '4 Excelling' });
  await expect(page.getByText('Sam Green (housing) has scored (hidden)')).toBeVisible();
  await expect(projector.getByText('Scores are hidden. 4 of 4 people have scored this criterion.')).toBeVisible();
  await expect(projector.getByText('4 Excelling')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal the scores' }).click();
  await expect(projector.getByRole('row', { name: 'Assessor D 4 Excelling' })).toBeVisible();
  await expect(page.getByLabel('Score for Sam Green (housing) (kept hidden)')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a workshop can start from assessments already in this browser', async ({ page }) => {
  await page.goto('/#/');
  await page.getByLabel('Choose .speclens.json files (assessments or a library backup)').setInputFiles(FIXTURES.slice(0, 2));
  await page.getByRole('button', { name: 'Save to my assessments' }).click();
  await page.goto('/#/workshop');
  const spec = 'Commissioned Rehabilitative Services: Accommodation';
  await page.getByRole('checkbox', { name: `${spec}, scored by Ama Boateng (lived experience)` }).check();
  await page.getByRole('checkbox', { name: `${spec}, scored by Priya Shah (probation)` }).check();
  await page.getByRole('button', { name: 'Start the workshop with these' }).click();
  await expect(page.getByText(`0 of ${CRITERIA} criteria agreed`)).toBeVisible();
  await expect(page.getByText(`“${spec}” in this browser`).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
