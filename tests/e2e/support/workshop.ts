import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Three assessors' files of the Accommodation specification (tests/fixtures/workshop/). */
export const WORKSHOP_FILES = ['ama', 'priya', 'tom'].map((name) =>
  join(__dirname, '..', '..', 'fixtures', 'workshop', `${name}.speclens.json`),
);
/** The criteria of the framework the workshop files were scored under. */
export const CRITERIA = 45;

/** The workshop's set-up page: files in, who took part, the agreed assessment out. */
export class WorkshopPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/#/workshop');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
  }

  picker() {
    return this.page.getByLabel('Choose two or more assessment files (.speclens.json)');
  }

  /** "n of 45 criteria agreed", the workshop's progress. */
  agreed(n: number) {
    return this.page.getByText(`${n} of ${CRITERIA} criteria agreed`);
  }

  /** Starts a workshop from `files` (the three assessors' files unless told) and waits until it has begun. */
  async start(files: string[] = WORKSHOP_FILES) {
    await this.goto();
    await this.picker().setInputFiles(files);
    await expect(this.agreed(0)).toBeVisible();
  }
}

/** What the presenter's and the projector's windows share: one criterion at a time, driven by the same keys. */
class SessionView {
  constructor(readonly page: Page) {}

  /** Presses a key with focus on the page body, as the facilitator does. */
  async press(key: string) {
    await this.page.locator('body').press(key);
  }

  /** Shows the scores of the criterion in view. */
  async reveal() {
    await this.press('r');
  }

  /** Goes to the next criterion. */
  async next() {
    await this.press('ArrowRight');
  }

  /** Types the agreed level on the keyboard. */
  async score(level: number) {
    await this.press(String(level));
  }

  reason() {
    return this.page.getByLabel('Reason for the agreed score (required)');
  }

  recordButton() {
    return this.page.getByRole('button', { name: 'Record the agreed score' });
  }

  /** The clauses the assessors cited for the criterion in view, and the evidence they typed. */
  cited() {
    return this.page.getByRole('region', { name: 'Cited by the assessors' });
  }

  citedItems() {
    return this.cited().getByRole('list', { name: 'Cited by the assessors' }).getByRole('listitem');
  }

  finder() {
    return this.page.getByRole('region', { name: 'Evidence finder' });
  }

  timer() {
    return this.page.getByLabel('Time on this criterion');
  }
}

/** The facilitator's window: the criterion, the scores by name, the agreed score and its reason. */
export class PresenterPage extends SessionView {
  async goto() {
    await this.page.goto('/#/workshop/presenter');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible();
  }

  /** "Criterion i of 45 · Blind", "· Revealed" or "· Agreed". */
  position() {
    return this.page.getByText(/^Criterion \d+ of 45 · (Blind|Revealed|Agreed)$/);
  }

  /** The presenter's line for criterion `i` in `phase`. */
  at(i: number, phase: 'Blind' | 'Revealed' | 'Agreed') {
    return this.page.getByText(`Criterion ${i} of ${CRITERIA} · ${phase}`);
  }

  /** Writes the reason for the agreed score and records it with Control+Enter. */
  async agreeWith(reason: string) {
    await this.reason().fill(reason);
    await this.reason().press('Control+Enter');
  }
}

/** The window on the projector: no names unless shown on purpose, large type, nothing to scroll. */
export class ProjectorPage extends SessionView {
  /**
   * Opens the projector in a second window of `context`, 1920 by 1080. The guard in fixtures.ts watches
   * only the test's first page, so this window's requests that leave `origin`, page errors and console
   * errors go to `problems`.
   */
  static async open(context: BrowserContext, origin: string, problems: string[]): Promise<ProjectorPage> {
    const opened = await context.newPage();
    opened.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        problems.push(`request left the origin: ${url}`);
      }
    });
    opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    opened.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await opened.setViewportSize({ width: 1920, height: 1080 });
    await opened.goto('/#/workshop/projector');
    return new ProjectorPage(opened);
  }

  /** "Criterion i of 45 · " and the criterion's title. */
  position() {
    return this.page.getByText(/^Criterion \d+ of 45 · /);
  }

  /** The criterion, its scores and the clauses cited for it fit one 1920x1080 screen: nobody scrolls a projector. */
  async expectFits() {
    const below = await this.page.evaluate(() => {
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
  async expectReadable() {
    const small = await this.page.evaluate(() => {
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
    const enhanced = await new AxeBuilder({ page: this.page }).withRules(['color-contrast-enhanced']).analyze();
    expect(enhanced.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', ')), 'contrast under 7:1').toEqual([]);
  }
}
