import { expect, type Page } from '@playwright/test';
import { open } from './fixtures';
import { ResultsPage } from './results';

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

  /** Opens the worked example from the library and waits for its results. */
  async openWorkedExample(): Promise<ResultsPage> {
    await this.goto();
    await this.page.getByRole('button', { name: 'Open the worked example' }).click();
    const results = new ResultsPage(this.page);
    await results.expectShown();
    return results;
  }

  /** The file picker for assessment files and library backups. */
  picker() {
    return this.page.getByLabel('Choose .speclens.json files (assessments or a library backup)');
  }

  /** The button that saves what the picked files hold, offered once they have been read. */
  saveButton() {
    return this.page.getByRole('button', { name: 'Save to my assessments' });
  }

  async saveImported() {
    await this.saveButton().click();
  }

  row(title: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }
}

/** The new assessment form, for what the keyboard-only path in LibraryPage does not choose. */
export class NewAssessmentPage {
  constructor(readonly page: Page) {}

  async goto() {
    await open(this.page, '#/assessments/new');
  }

  framework() {
    return this.page.getByLabel('Framework');
  }

  /** Chooses `version` of the framework titled `title`, by the option's whole label. */
  async chooseFramework(title: string, version: string) {
    await this.framework().selectOption({ label: `${title} (version ${version})` });
  }

  /** Creates the assessment and waits for its scoring page; returns the new assessment's id. */
  async create(title: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Create assessment' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return this.page.url().match(/#\/assessments\/([^/]+)$/)![1];
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

  /** The overall result as the status bar announces it while scoring. */
  liveResult() {
    return this.page.locator('.status-bar__live');
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
