import { expect, type Download, type Page } from '@playwright/test';
import { open } from './fixtures';

/** The results of one assessment: each part is a region named by its heading, found as a person finds it. */
export class ResultsPage {
  constructor(readonly page: Page) {}

  /** Opens the results of the assessment with this id by its address. */
  async goto(id: string) {
    await open(this.page, `#/assessments/${id}/results`);
  }

  /** The page's heading: "Results: " and the title given, or any title. */
  heading(title?: string | RegExp) {
    const name = title === undefined ? /^Results: / : typeof title === 'string' ? `Results: ${title}` : title;
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** Waits for the results of the assessment titled `title` (of any assessment, when none is given). */
  async expectShown(title?: string | RegExp) {
    await expect(this.heading(title)).toBeVisible();
  }

  /** Follows the Results link from the scoring page and waits for the results. */
  async openFromScoring(title?: string) {
    await this.page.getByRole('link', { name: 'Results' }).first().click();
    await this.expectShown(title);
  }

  region(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }

  summary() {
    return this.region('Summary');
  }

  /** The overall percentage in the summary, exactly as shown, e.g. "40.0%". */
  overall(percent: string) {
    return this.summary().getByText(percent, { exact: true });
  }

  /** The offer to re-score under a newer version of the framework, made on the results of older work. */
  newVersionOffer(version: string) {
    return this.region(`Version ${version} of this framework is in this browser`);
  }

  /** Asks to re-score under `version`: the offer then lists the changes first. Returns the offer. */
  async askToRescore(version: string) {
    const offer = this.newVersionOffer(version);
    await offer.getByRole('button', { name: 'Re-score under the new version' }).click();
    return offer;
  }

  /** Presses a download button of the page and returns the download. */
  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }

  /** Downloads the assessment file and returns where it was saved. */
  async downloadAssessmentFile(): Promise<string> {
    return (await (await this.download('Download the assessment file')).path())!;
  }
}
