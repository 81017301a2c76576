import { test, expect, open, axeViolations } from '../support/fixtures';
import { LibraryPage, ScoringPage, SAMPLE_TEXT } from '../support/library';

// The scoring and results pages in Welsh (issue 19): found by their Welsh roles and names, a flow or two
// worked in Welsh, axe-core clean. Criterion and level wording come from the built-in framework's Welsh
// wording, fetched with the Welsh text.

/** The page now open, again, in Welsh. */
async function inWelsh(page: import('@playwright/test').Page) {
  const hash = new URL(page.url()).hash;
  await open(page, `?lang=cy${hash}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
}

test('scoring in Welsh: progress, shortcuts, evidence, the list, the specification, and final', async ({ page }) => {
  test.setTimeout(60_000);
  await new LibraryPage(page).createFromText('Peilot llety', SAMPLE_TEXT);
  await inWelsh(page);
  const scoring = new ScoringPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Peilot llety' })).toBeVisible();
  await expect(page).toHaveTitle('Sgorio manyleb | Spec Lens');
  // The criterion in the framework's Welsh wording, and back in English when English is chosen.
  await expect(page.getByRole('heading', { level: 2, name: /^Asesiad lleol o anghenion/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Local needs assessment/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Asesiad lleol o anghenion/ })).toBeVisible();
  const progress = page.getByText(/^Wedi ateb 0 o \d+ maen prawf perthnasol$/);
  await expect(progress).toBeVisible();
  const live = page.locator('.status-bar__live');
  await expect(live).toHaveText('Dim sgôr eto');
  const help = page.getByRole('region', { name: 'Llwybrau byr y bysellfwrdd' });
  await expect(help.getByText('0 i 4')).toBeVisible();
  await expect(help.getByText('Y maen prawf nesaf heb ei ateb')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // A level by its key, then clause evidence for it.
  await scoring.shortcut('4');
  await expect(page.getByRole('group', { name: 'Ateb' }).getByRole('radio', { name: /^4 / })).toBeChecked();
  await expect(live).toHaveText(/^Sgôr gyffredinol 100\.0%: .+ \(dros dro\)$/);
  await page.getByLabel('Rhesymeg').fill('Mae cymal 2 yn enwi dynion a menywod.');
  await page.getByLabel("Dyfynnu cymal o'r fanyleb").selectOption('2');
  await page.getByRole('button', { name: 'Ychwanegu cymal' }).click();
  const evidence = page.getByRole('group', { name: 'Tystiolaeth' });
  await expect(evidence.getByText('Cymal 2:')).toBeVisible();
  await expect(evidence.getByRole('button', { name: 'Tynnu tystiolaeth 1' })).toBeVisible();

  // Not applicable asks for its reason in Welsh.
  await page.locator('#criterion-title').focus();
  await scoring.shortcut('j');
  await expect(page.getByText(/^Maen prawf 2 o \d+ · /)).toBeVisible();
  await scoring.shortcut('n');
  await expect(page.getByLabel("Pam nad yw'r maen prawf hwn yn berthnasol? (gofynnol)")).toBeFocused();
  await page.keyboard.type('Yng Nghymru yn unig y darperir y gwasanaeth.');
  await page.keyboard.press('Escape');
  await expect(page.getByText(/^Wedi ateb 1 o \d+ maen prawf perthnasol$/)).toBeVisible();

  // Every criterion as a list.
  await page.getByRole('button', { name: 'Fel rhestr' }).click();
  const table = page.getByRole('table', { name: "Pob maen prawf a'i ateb" });
  await expect(table.getByRole('columnheader', { name: 'Adran' })).toBeVisible();
  await expect(table.getByRole('combobox').first()).toHaveAccessibleName(/^Ateb ar gyfer /);
  expect(await axeViolations(page)).toEqual([]);

  // The specification beside the criterion: search and cite.
  await page.getByRole('button', { name: 'Un ar y tro' }).click();
  await page.getByRole('button', { name: 'Dangos y fanyleb' }).click();
  const pane = page.getByRole('region', { name: 'Manyleb' });
  await pane.getByLabel("Chwilio'r fanyleb").fill('women');
  await expect(pane.getByText(/^Mae \d+ cymal yn cynnwys “women”\.$/)).toBeVisible();
  await expect(pane.getByRole('button', { name: 'Dyfynnu cymal 2' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Final, and back.
  await page.getByRole('button', { name: "Marcio'n derfynol" }).click();
  await expect(page.getByText("Mae'r asesiad hwn yn derfynol.")).toBeVisible();
  await expect(page.getByRole('button', { name: "Ailagor i'w olygu" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the results in Welsh: summary, sections, charts with their tables, and the gaps shown in full', async ({ page }) => {
  await open(page, '?lang=cy#/assessments/worked-example-accommodation/results');
  await expect(page.getByRole('heading', { level: 1, name: /^Canlyniadau: / })).toBeVisible();
  await expect(page).toHaveTitle('Canlyniadau | Spec Lens');
  const summary = page.getByRole('region', { name: 'Crynodeb' });
  await expect(summary.getByText('Sgôr gyffredinol')).toBeVisible();
  await expect(summary.getByText(/^Wedi ateb 45 o 45 maen prawf perthnasol \(0 yn amherthnasol\)\.$/)).toBeVisible();
  await expect(summary.getByText('Tystiolaeth annigonol: 0 maen prawf.')).toBeVisible();
  await expect(summary.getByRole('note')).toContainText('Meini prawf hanfodol:');

  const sections = page.getByRole('region', { name: 'Fesul adran' });
  await expect(sections.getByRole('columnheader', { name: 'Pwysoliad' })).toBeVisible();
  await expect(sections.getByRole('rowheader', { name: "Cyffredinol (wedi'i bwysoli fesul adran)" })).toBeVisible();

  const bar = page.getByRole('figure', { name: /^Siart bar: / });
  await expect(bar.getByRole('table', { name: "Ffigurau'r siart bar" })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Siart radar: / }).getByRole('columnheader', { name: 'Echelin' })).toBeVisible();

  const gaps = page.getByRole('region', { name: "Beth i'w drwsio gyntaf" });
  await expect(gaps.getByText(/^Yn dangos 10 o \d+ bwlch, y flaenoriaeth uchaf yn gyntaf\.$/)).toBeVisible();
  await expect(gaps.getByText('Hanfodol', { exact: true }).first()).toBeVisible();
  const all = gaps.getByRole('button', { name: /^Dangos pob un o'r \d+ bwlch$/ });
  await all.click();
  await expect(gaps.getByRole('button', { name: 'Dangos y 10 uchaf yn unig' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Meini prawf heb eu hateb' }).getByText("Mae pob maen prawf perthnasol wedi'i ateb.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
