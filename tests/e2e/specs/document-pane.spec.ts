import { test, expect, open, axeViolations } from '../support/fixtures';
import { ScoringPage } from '../support/library';

// Scoring beside the document: the specification in view, the evidence finder's candidates for the
// criterion, and Cite for a clause or a selected passage. The Women's Services example is real
// referral-system data: two of its clauses mention women.

async function scoreWomensServices(page: import('@playwright/test').Page) {
  await open(page, '#/');
  await page.getByRole('button', { name: /^Score this example: .*Women's Services$/ }).click();
  await expect(page.locator('#criterion-title')).toBeVisible();
  await page.getByRole('button', { name: 'Show the specification' }).click();
  await expect(page.getByRole('button', { name: 'Show the specification' })).toHaveAttribute('aria-pressed', 'true');
  const pane = page.getByRole('region', { name: 'Specification' });
  await expect(pane).toBeVisible();
  return pane;
}

async function goTo(page: import('@playwright/test').Page, title: string) {
  const scoring = new ScoringPage(page);
  // The heading may end with a "Critical" badge.
  const at = async () => (await scoring.criterionHeading().textContent())?.trim().replace(/Critical$/, '');
  for (let i = 0; i < 60 && (await at()) !== title; i++) {
    await scoring.shortcut('j');
  }
  expect(await at()).toBe(title);
}

test('keyboard only: find the candidates for a criterion, answer, cite one, and see it in the evidence', async ({ page }) => {
  const pane = await scoreWomensServices(page);
  await goTo(page, 'Women');
  const summary = pane.locator('.document-pane__summary');
  await expect(summary).toHaveText(/^2 clauses mention these terms: women, woman, female/);
  expect(await axeViolations(page)).toEqual([]);

  // Citing before answering says what to do first.
  await page.locator('body').press(']');
  await page.locator('body').press('c');
  await expect(pane.getByRole('status').filter({ hasText: 'Choose an answer for this criterion first' })).toHaveCount(1);

  const scoring = new ScoringPage(page);
  await scoring.shortcut('2');
  await page.locator('body').press(']');
  const focused = page.locator('.doc-clause:focus');
  await expect(focused).toContainText(/women/i);
  await expect(focused.locator('mark').first()).toHaveText(/^women$/i);
  await page.locator('body').press('c');
  const evidence = page.getByRole('group', { name: 'Evidence' });
  await expect(evidence.getByRole('listitem')).toHaveCount(1);
  await expect(evidence.getByRole('listitem').first()).toContainText(/^Clause \d+: /);
  await expect(focused.getByText('Cited here')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a selected passage is cited as it reads, with its clause', async ({ page }) => {
  const pane = await scoreWomensServices(page);
  await goTo(page, 'Women');
  await new ScoringPage(page).shortcut('1');
  // Select "this contract type is for women" inside the eligibility clause, as a mouse would.
  const clause = pane.locator('.doc-clause').filter({ hasText: 'As its name says' });
  await clause.evaluate((element) => {
    const text = element.querySelector('.doc-clause__text')!;
    const range = document.createRange();
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode())) {
      const at = node.textContent!.indexOf('this contract type is for');
      if (at >= 0) {
        range.setStart(node, at);
        range.setEnd(node, at + 'this contract type is for'.length);
        break;
      }
    }
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await pane.getByRole('button', { name: 'Cite the selected passage' }).click();
  const evidence = page.getByRole('group', { name: 'Evidence' });
  await expect(evidence.getByRole('listitem').first()).toContainText('this contract type is for');
  await expect(evidence.getByRole('listitem').first()).not.toContainText('Eligibility: people');
});

test('the search finds words across the document, and silence is said in words', async ({ page }) => {
  const pane = await scoreWomensServices(page);
  await page.locator('body').press('/');
  const search = pane.getByRole('searchbox', { name: 'Search the specification' });
  await expect(search).toBeFocused();
  await page.keyboard.type('HOMELESS');
  await expect(pane.locator('.document-pane__summary')).toHaveText(/^\d+ clauses? contains? “HOMELESS”\.$/);
  await expect(pane.locator('mark').first()).toHaveText(/^homeless$/i);
  await search.fill('');
  await page.locator('#criterion-title').focus();
  await goTo(page, 'Armed forces veterans');
  await expect(pane.locator('.document-pane__summary')).toHaveText(/^The specification never mentions: veteran/);
  expect(await axeViolations(page)).toEqual([]);
});

test('on a narrow screen the criterion and the specification take turns, one press apart', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const pane = await scoreWomensServices(page);
  const switcher = page.getByRole('group', { name: 'Show on this narrow screen' });
  // Asking to see the specification shows it; the criterion is one press away.
  await expect(switcher.getByRole('button', { name: 'Specification' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#criterion-title')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);

  await switcher.getByRole('button', { name: 'Criterion' }).click();
  await expect(pane).toBeHidden();
  await goTo(page, 'Women');
  await new ScoringPage(page).shortcut('2');
  expect(await axeViolations(page)).toEqual([]);

  // The next-candidate key brings the specification back, at the first candidate.
  await page.locator('body').press(']');
  await expect(pane).toBeVisible();
  await expect(page.locator('.doc-clause:focus')).toContainText(/women/i);
  await page.locator('body').press('c');
  await switcher.getByRole('button', { name: 'Criterion' }).click();
  await expect(page.getByRole('group', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);
});

test('at 1280 wide both panes show and the narrow-screen switch does not', async ({ page }) => {
  await scoreWomensServices(page);
  await expect(page.getByRole('group', { name: 'Show on this narrow screen' })).toBeHidden();
  await expect(page.locator('#criterion-title')).toBeVisible();
});
