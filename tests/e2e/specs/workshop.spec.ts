import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, axeViolations } from '../support/fixtures';
import { LibraryPage } from '../support/library';
import { ResultsPage } from '../support/results';
import { CRITERIA, PresenterPage, ProjectorPage, WORKSHOP_FILES, WorkshopPage } from '../support/workshop';

test('merge three files, reveal and agree every criterion with reasons, export, and import the agreed assessment back', async ({ page }) => {
  test.setTimeout(120_000);
  const workshop = new WorkshopPage(page);
  await workshop.start();
  for (const who of ['Ama Boateng (lived experience)', 'Priya Shah (probation)', 'Tom Reid (PCC office)']) {
    await expect(page.getByText(who)).toBeVisible();
  }
  await expect(page.getByRole('cell', { name: 'hidden' }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Probation' }).check();
  await page.getByRole('checkbox', { name: 'People with lived experience' }).check();
  await page.getByLabel('Names for Probation (optional)').fill('Priya Shah');
  await page.getByLabel('Names for Probation (optional)').press('Tab');
  expect(await axeViolations(page)).toEqual([]);

  const presenter = new PresenterPage(page);
  await presenter.goto();
  expect(await axeViolations(page)).toEqual([]);
  const where = presenter.position();
  for (let i = 1; i <= CRITERIA; i++) {
    await expect(where).toHaveText(`Criterion ${i} of 45 · Blind`);
    await presenter.reveal();
    await expect(where).toHaveText(`Criterion ${i} of 45 · Revealed`);
    if (i === 18) {
      // Inclusion-health groups: nobody cited a clause, and the finder points to those that say "homeless".
      const finder = presenter.finder();
      await expect(finder).toContainText('3 clauses mention these terms; the assessors cited none of them.');
      const candidates = finder.getByRole('list', { name: 'Not cited by anyone, best match first' }).getByRole('listitem');
      await expect(candidates).toHaveCount(3);
      await expect(candidates.first()).toContainText('Clause 13');
      await expect(candidates.first().locator('mark').first()).toHaveText('homelessness');
      await expect(finder).toContainText('The specification never mentions: inclusion health, rough sleep*');
    }
    await presenter.score(i % 5);
    await presenter.agreeWith(`Agreed after discussion of criterion ${i}.`);
    await expect(where).toHaveText(`Criterion ${i} of 45 · Agreed`);
    if (i === 1) expect(await axeViolations(page)).toEqual([]);
    if (i < CRITERIA) await presenter.next();
  }

  await workshop.goto();
  await expect(workshop.agreed(CRITERIA)).toBeVisible();
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
  const library = new LibraryPage(page);
  await library.picker().setInputFiles(path);
  await expect(page.getByText(/: read\./)).toBeVisible();
  await library.saveImported();
  const results = new ResultsPage(page);
  await results.expectShown();
  const record = results.region('Agreed in a workshop');
  await expect(record.getByText('Probation (Priya Shah); People with lived experience')).toBeVisible();
  const first = record.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Local needs assessment' }) });
  await expect(first.getByRole('cell')).toHaveText(['1', '0', '0', '1']);
  expect(await axeViolations(page)).toEqual([]);
});

test('presenter and projector windows stay in sync and survive a reload', async ({ page, context, baseURL }) => {
  const problems: string[] = [];
  await new WorkshopPage(page).start();
  const presenter = new PresenterPage(page);
  await presenter.goto();
  const projector = await ProjectorPage.open(context, new URL(baseURL!).origin, problems);
  const projected = projector.position();
  await expect(projected).toHaveText(/^Criterion 1 of 45 · Breadth of evidence/);
  await expect(projector.page.getByRole('banner')).toHaveCount(0);
  await expect(projector.page.getByText('Scores are hidden. 3 of 3 people have scored this criterion.')).toBeVisible();
  const cited = projector.cited();
  await expect(cited).toHaveCount(0);

  // Advance from the presenter: the projector follows.
  await presenter.next();
  await expect(projected).toHaveText(/^Criterion 2 of 45 · /);
  // Blind: nothing cited shows, since who cited what would give the scores away.
  await expect(cited).toHaveCount(0);
  await expect(projector.page.getByText('Refer and monitor')).toHaveCount(0);
  // Reveal from the projector's keyboard: the presenter follows, names stay hidden on the projector.
  await projector.reveal();
  await expect(presenter.at(2, 'Revealed')).toBeVisible();
  await expect(projector.page.getByRole('rowheader', { name: 'Assessor A' })).toBeVisible();
  await expect(projector.page.getByText('Ama Boateng')).toHaveCount(0);
  // Beside the scores, the clauses the assessors cited, once each in document order, with their
  // labels and how many cited them; the part quoted marked; then the evidence typed without a clause.
  const clauses = projector.citedItems();
  await expect(clauses).toHaveCount(4);
  await expect(clauses.nth(0)).toContainText('Clause 1, cited by 1 of 3 assessors');
  await expect(clauses.nth(0).locator('mark')).toHaveText('Refer and monitor an intervention');
  await expect(clauses.nth(1)).toContainText('Clause 3, cited by all 3 assessors');
  await expect(clauses.nth(1).locator('mark')).toHaveText('the contract type data itself holds no eligibility');
  await expect(clauses.nth(1)).toContainText('…');
  await expect(clauses.nth(2)).toContainText('Clause 14, cited by 1 of 3 assessors');
  await expect(clauses.nth(3)).toContainText('Typed evidence, typed by 1 of 3 assessors');
  await expect(clauses.nth(3)).toContainText('Nothing says where the data on need comes from');
  await projector.expectFits();
  // The presenter has the same clauses, by name, and the evidence finder.
  const presented = presenter.cited().getByRole('listitem');
  await expect(presented.nth(0)).toContainText('Clause 1, cited by Priya Shah (probation)');
  await expect(presented.nth(1)).toContainText('Clause 3, cited by all 3 assessors');
  const finder = presenter.finder();
  await expect(finder).toContainText('Search terms: OASys, Offender Assessment System');
  await expect(finder).toContainText(/(No clause mentions these terms\.|\d+ clauses? mentions? these terms)/);
  await expect(finder).toContainText('The specification never mentions: OASys');
  expect(await axeViolations(page)).toEqual([]);
  // The timer, started in the presenter view, runs on the projector.
  await page.getByRole('button', { name: 'Start or pause the timer' }).click();
  await expect(projector.timer()).toContainText('running');
  await expect(projector.timer()).toContainText(/0:0[1-9]/);
  // Names only when shown on purpose.
  await page.getByRole('checkbox', { name: 'Show assessor names on the projector' }).check();
  await expect(projector.page.getByRole('rowheader', { name: 'Ama Boateng (lived experience)' })).toBeVisible();
  // Names take more room, so three items fit: the clause all three cited first, then those cited
  // by one in document order, and a sentence for the typed evidence left out.
  await expect(clauses).toHaveCount(3);
  await expect(clauses.nth(0)).toContainText('Clause 3, cited by all 3 assessors');
  await expect(clauses.nth(1)).toContainText('Clause 1, cited by Priya Shah (probation)');
  await expect(clauses.nth(2)).toContainText('Clause 14, cited by Tom Reid (PCC office)');
  await expect(cited).toContainText('And 1 more typed quote.');
  await projector.expectFits();
  expect(await axeViolations(projector.page)).toEqual([]);
  await projector.expectReadable();

  // Either window reloads into the same state.
  await projector.page.reload();
  await expect(projected).toHaveText(/^Criterion 2 of 45 · /);
  await expect(projector.page.getByText('Revealed', { exact: true })).toBeVisible();
  await expect(projector.timer()).toContainText('running');
  await page.reload();
  await expect(presenter.at(2, 'Revealed')).toBeVisible();
  // And they still follow each other after the reload.
  await projector.next();
  await expect(presenter.at(3, 'Blind')).toBeVisible();
  await projector.reveal();
  await expect(cited).toContainText('No assessor cited a clause or typed evidence for this criterion.');
  await projector.score(3);
  await projector.reason().fill('The room agreed clause 7 partly meets it.');
  expect(await axeViolations(projector.page)).toEqual([]);
  await projector.expectReadable();
  await projector.expectFits();
  await projector.recordButton().click();
  await expect(presenter.at(3, 'Agreed')).toBeVisible();
  await expect(page.getByText('Agreed: 3 Achieving — The room agreed clause 7 partly meets it.')).toBeVisible();
  expect(await axeViolations(projector.page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the projector refuses to agree before reveal, and an agreed score needs a reason', async ({ page, context, baseURL }) => {
  const problems: string[] = [];
  await new WorkshopPage(page).start();
  const projector = await ProjectorPage.open(context, new URL(baseURL!).origin, problems);
  await projector.score(2);
  await expect(projector.page.getByRole('alert')).toHaveText(/Reveal the scores before agreeing/);
  await projector.reveal();
  await projector.score(2);
  await projector.recordButton().click();
  await expect(projector.page.getByText('Write the reason for the agreed score; the record needs it.')).toBeVisible();
  await projector.page.keyboard.press('Escape');
  await expect(projector.recordButton()).toHaveCount(0);
  await expect(projector.page.getByText('Revealed', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a file of another specification is refused, naming the file and the difference', async ({ page }) => {
  const other = JSON.parse(await readFile(WORKSHOP_FILES[2], 'utf8'));
  other.payload.assessment.specification.title = 'Personal Wellbeing services';
  other.payload.assessment.specification.text = '1. A different service altogether.';
  const path = join(tmpdir(), 'other-spec.speclens.json');
  await writeFile(path, JSON.stringify(other));
  const workshop = new WorkshopPage(page);
  await workshop.goto();
  await workshop.picker().setInputFiles([WORKSHOP_FILES[0], WORKSHOP_FILES[1], path]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The workshop was not started');
  await expect(alert).toContainText('other-spec.speclens.json');
  await expect(alert).toContainText('Personal Wellbeing services');
  await expect(page.getByText(/criteria agreed/)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a person who scores on the facilitator computer: the score stays hidden until reveal', async ({ page, context, baseURL }) => {
  const problems: string[] = [];
  await new WorkshopPage(page).start();
  await page.getByLabel('Add a person who scores on this computer').fill('Sam Green (housing)');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('Sam Green (housing), scores typed in the presenter view')).toBeVisible();
  const projector = await ProjectorPage.open(context, new URL(baseURL!).origin, problems);
  const hidden = (n: number) => projector.page.getByText(`Scores are hidden. ${n} of 4 people have scored this criterion.`);
  await expect(hidden(3)).toBeVisible();
  await projector.expectReadable();
  await new PresenterPage(page).goto();
  await page.getByLabel('Score for Sam Green (housing) (kept hidden)').selectOption({ label: '4 Excelling' });
  await expect(page.getByText('Sam Green (housing) has scored (hidden)')).toBeVisible();
  await expect(hidden(4)).toBeVisible();
  await expect(projector.page.getByText('4 Excelling')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal the scores' }).click();
  await expect(projector.page.getByRole('row', { name: 'Assessor D 4 Excelling' })).toBeVisible();
  await expect(page.getByLabel('Score for Sam Green (housing) (kept hidden)')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a workshop can start from assessments already in this browser', async ({ page }) => {
  await page.goto('/#/');
  const library = new LibraryPage(page);
  await library.picker().setInputFiles(WORKSHOP_FILES.slice(0, 2));
  await library.saveImported();
  const workshop = new WorkshopPage(page);
  await workshop.goto();
  const spec = 'Commissioned Rehabilitative Services: Accommodation';
  await page.getByRole('checkbox', { name: `${spec}, scored by Ama Boateng (lived experience)` }).check();
  await page.getByRole('checkbox', { name: `${spec}, scored by Priya Shah (probation)` }).check();
  await page.getByRole('button', { name: 'Start the workshop with these' }).click();
  await expect(workshop.agreed(0)).toBeVisible();
  await expect(page.getByText(`“${spec}” in this browser`).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the comparison holds every criterion, the last reached by keyboard', async ({ page }) => {
  const workshop = new WorkshopPage(page);
  await workshop.start();
  // The first 25 rows come with the first paint, the others just after it: all are in the table.
  const region = page.getByRole('region', { name: 'Scores side by side' });
  const criterion = (name: string) => region.getByRole('rowheader', { name });
  await expect(region.getByRole('row')).toHaveCount(1 + CRITERIA);
  await expect(criterion('Local needs assessment')).toBeVisible();
  await expect(criterion('Joint commissioning arrangements')).toHaveCount(1);
  // Tab walks the criteria's buttons to the last one, which the page scrolls into view.
  await criterion('Local needs assessment').getByRole('button').focus();
  const last = criterion('Lived experience in review').getByRole('button');
  for (let i = 1; i < CRITERIA; i++) await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
});
