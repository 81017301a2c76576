import { expect, type Page } from '@playwright/test';

/** The page objects of the assessment flow: each finds things the way a person does. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('./#/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  }

  /** Creates an assessment from pasted text, using the keyboard only. */
  async createFromText(title: string, text: string) {
    await this.goto();
    await this.page.getByRole('link', { name: 'New assessment' }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();
    await this.page.getByLabel('Title (required)').focus();
    await this.page.keyboard.type(title);
    await this.page.getByLabel('Paste the text').focus();
    await this.page.keyboard.insertText(text);
    await this.page.getByLabel('Assessor').focus();
    await this.page.keyboard.type('Commissioning lead');
    await this.page.getByRole('button', { name: 'Create assessment' }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  row(title: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }
}

export class ScoringPage {
  constructor(readonly page: Page) {}

  progress() {
    return this.page.getByText(/^Answered \d+ of \d+ applicable criteria$/);
  }

  answer(name: RegExp | string) {
    return this.page.getByRole('group', { name: 'Answer' }).getByRole('radio', { name });
  }

  criterionHeading() {
    return this.page.locator('#criterion-title');
  }

  /** Presses a shortcut with focus on the page body, as a keyboard user would after tabbing out of a field. */
  async shortcut(key: string) {
    await this.page.locator('body').press(key);
  }

  async savedIndicator() {
    return this.page.getByRole('status').filter({ hasText: /saved|Saving|Not saved/ });
  }
}

export const SAMPLE_TEXT = [
  '1. The provider will support people on probation to find and keep settled accommodation.',
  '2. The service is open to men and women aged 18 and over across the region.',
  '3. Referrals come from probation practitioners through the referral system.',
  '',
  'The needs assessment used OASys data for the region.',
].join('\n');

export async function waitForSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}
