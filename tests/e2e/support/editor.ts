import { expect, type Page } from '@playwright/test';
import { open } from './fixtures';

/** The framework editor: each criterion is a group named after it, each field found by its label. */
export class FrameworkEditorPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Framework editor' });
  }

  async expectOpen() {
    await expect(this.heading()).toBeVisible();
  }

  /** Presses New framework on the Frameworks page (refused, with an alert, while another draft is open). */
  async startNew() {
    await open(this.page, '#/frameworks');
    await this.page.getByRole('button', { name: 'New framework' }).click();
  }

  /** Opens the framework with this id and presses its Edit button. */
  async edit(id: string) {
    await open(this.page, `#/frameworks/${id}`);
    await this.page.getByRole('button', { name: 'Edit this framework' }).click();
  }

  /** Opens the framework with this id, copies it, and waits for the editor. */
  async copy(id: string) {
    await open(this.page, `#/frameworks/${id}`);
    await this.page.getByRole('button', { name: 'Copy this framework' }).click();
    await this.expectOpen();
  }

  /** A criterion's group, by its exact name: "Criterion 1" untitled, "Criterion “Title”" once titled. */
  criterion(name: string) {
    return this.page.getByRole('group', { name, exact: true });
  }

  /** Every titled criterion, in order. */
  titledCriteria() {
    return this.page.getByRole('group', { name: /^Criterion \u201c/ });
  }

  /** The weight field of the criterion named `name`. */
  weight(name: string) {
    return this.criterion(name).getByLabel('Weight', { exact: true });
  }

  async importCsv(files: Parameters<Page['setInputFiles']>[1]) {
    await this.page.getByLabel('Import criteria from CSV').setInputFiles(files);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save framework' }).click();
  }

  /** Saves an edit to the rules of a saved version under the next version, as the editor offers. */
  async saveAsVersion(version: string) {
    await this.save();
    await this.page.getByRole('button', { name: `Save as version ${version}` }).click();
  }
}

/** A framework's own page, where a saved framework opens. */
export class FrameworkPage {
  constructor(readonly page: Page) {}

  /** The version in the framework's facts. */
  version() {
    return this.page.getByText('Version', { exact: true }).locator('xpath=..');
  }

  /** Waits for the page of the framework titled `title`, at `version`. */
  async expectShown(title: string, version: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.version()).toContainText(version);
  }
}
