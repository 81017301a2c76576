// The cross-engine suite: the flows a person relies on, run through WebDriver in Chromium
// (chromedriver), Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver), one engine after
// another, against the release build in dist/ served on loopback.
//
//   node --test tests/engines/          every engine
//   ENGINES=firefox node --test tests/engines/
//
// ENGINES_PORT (default 8101) is the static server's port; the driver servers take the next
// three. E2E_DIST points the suite at another build, as it does for the Playwright suite.
import { after, before, describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Key } from 'selenium-webdriver';
import { ENGINES, startEngine } from './support/engines.mjs';
import { Page } from './support/page.mjs';
import { StaticServer } from './support/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(here, '..', 'fixtures');
const DIST = resolve(process.env.E2E_DIST ?? resolve(here, '..', '..', 'dist'));
const PORT = Number(process.env.ENGINES_PORT ?? 8101);
const WANTED = (process.env.ENGINES ?? ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
const CRITERIA = 45;

const SAMPLE_TEXT = [
  '1. The provider will support people on probation to find and keep settled accommodation.',
  '2. The service is open to men and women aged 18 and over across the region.',
  '3. Referrals come from probation practitioners through the referral system.',
  '',
  'The needs assessment used OASys data for the region.',
].join('\n');

const server = new StaticServer(DIST, PORT);
before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}; run 'trunk build --release'`);
  await server.up();
});
after(() => server.down());

// ----- page objects: the library and scoring, as tests/e2e/support/library.ts has them -----

/** Creates an assessment from pasted text with the keyboard only, and waits for its scoring page. */
async function createFromText(page, title, text = SAMPLE_TEXT) {
  await page.open('#/');
  await page.heading('Assessments');
  await page.focusAndPress(await page.get('link', 'New assessment'), Key.ENTER);
  await page.heading('New assessment');
  await (await page.field('Title (required)')).sendKeys(title);
  await (await page.field('Or paste the text')).sendKeys(text);
  await (await page.field('Assessor')).sendKeys('Commissioning lead');
  await page.focusAndPress(await page.get('button', 'Create assessment'), Key.ENTER);
  await page.heading(title);
}

const answer = async (page, name) => page.get('radio', name, { within: await page.get('group', 'Answer') });
/** The scoring page's "Criterion 2 of 45 · Section" line. */
const at = (n, total) => new RegExp(`^Criterion ${n} of ${total} · `);
const progress = (page) => page.text(/^Answered \d+ of \d+ applicable criteria$/);
const savedAll = (page) => page.get('status', /^All changes saved/);

async function waitChecked(page, name) {
  await page.until(async () => page.checked(await answer(page, name)), `the answer ${name} checked`);
}

/** Imports files through the library's file picker (as a person picks them) and saves them. */
async function importFiles(page, paths, expectHeading) {
  await page.open('#/');
  const picker = await page.field('Choose .speclens.json files (assessments or a library backup)');
  await picker.sendKeys(paths.join('\n'));
  await page.text(/: read\./);
  await (await page.get('button', 'Save to my assessments')).click();
  if (expectHeading) await page.heading(expectHeading);
}

/**
 * From here on, records every file the page hands to the browser to save: the Blob behind the
 * object URL and the name on the link. What reaches the disk is the engine's business; this is
 * what the page produced, read back in the page, alike in every engine.
 */
async function recordDownloads(page) {
  await page.driver.executeScript(`
    if (window.__downloads) return;
    window.__downloads = [];
    const blobs = new Map();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object) => { const url = create(object); blobs.set(url, object); return url; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.hasAttribute('download') && blobs.has(this.href)) {
        window.__downloads.push({ name: this.download, blob: blobs.get(this.href) });
      }
      return click.call(this);
    };`);
}

async function recordedDownload(page, index) {
  await page.until(
    () => page.driver.executeScript('return window.__downloads.length > arguments[0]', index),
    `download ${index + 1} handed to the browser`,
  );
  return page.driver.executeAsyncScript(`
    const [index, done] = arguments;
    const { name, blob } = window.__downloads[index];
    // Decoded as UTF-8 keeping a byte-order mark (Blob.text() would drop it).
    blob.arrayBuffer().then(
      (bytes) => done({ name, type: blob.type, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }),
      (e) => done({ error: String(e) }),
    );`, index);
}

/** Waits for a finished file whose name matches in `folder` (no partial-download file beside it). */
async function fileOnDisk(page, folder, pattern) {
  const name = await page.until(() => {
    const names = readdirSync(folder);
    if (names.some((n) => /\.(part|crdownload|download)$/.test(n))) return null;
    return names.find((n) => pattern.test(n)) ?? null;
  }, `a file matching ${pattern} in ${folder}`);
  return join(folder, name);
}

async function serviceWorkerActive(page) {
  const first = await workerWithin(page, 10_000);
  if (!first.waited) return first;
  // In about one run in three, WebKitGTK's worker from the first visit never became active (its
  // `ready` did not answer); one more visit installs it. Chromium and Firefox never needed this.
  await page.reload();
  const second = await workerWithin(page, 20_000);
  return second.waited ? { error: `no active service worker after two visits (${page.engine})` } : second;
}

/** The active worker's scope and state, or { waited: true } if none is active within `ms`. */
async function workerWithin(page, ms) {
  return page.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    setTimeout(() => done({ waited: true }), ${ms});
    navigator.serviceWorker.ready.then((registration) => {
      const worker = registration.active;
      const finish = () => done({ scope: registration.scope, state: worker.state });
      if (worker.state === 'activated') finish();
      else worker.addEventListener('statechange', () => worker.state === 'activated' && finish());
    }, (error) => done({ error: String(error) }));`);
}

const reachable = async (url) => {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
};

for (const [index, engine] of WANTED.entries()) {
  describe(engine, { timeout: 6 * 60_000 }, () => {
    let browser;
    let page;
    let created; // the address of the assessment the first test scores, for the second

    before(async () => {
      const started = Date.now();
      browser = await startEngine(engine, PORT + 1 + (index % 3));
      page = new Page(browser.driver, server.base, engine);
      console.log(`# ${engine} ${browser.version}: session in ${Date.now() - started} ms`);
    }, { timeout: 90_000 });

    after(async () => {
      if (browser) await browser.stop();
    }, { timeout: 60_000 });

    it('creates an assessment and scores it by keyboard: 0-4, N, I, J and K', { timeout: 120_000 }, async () => {
      await page.fresh();
      await createFromText(page, 'Accommodation pilot');
      const total = Number((await page.textOf(await progress(page))).match(/^Answered 0 of (\d+)/)[1]);
      assert.equal(total, CRITERIA);
      await page.text('No score yet');

      // First criterion: level 4, and the live result is 100% Outstanding (provisional).
      await page.shortcut('4');
      await waitChecked(page, /^4 /);
      await page.text(/^Overall 100\.0%: Outstanding \(provisional\)$/);

      // Second: Not applicable asks for a reason, in a field that has the focus; Escape leaves it.
      await page.shortcut('j');
      await page.text(at(2, total));
      await page.shortcut('n');
      const why = await page.field('Why does this criterion not apply? (required)');
      await page.until(() => page.isFocused(why), 'the reason field focused');
      await page.driver.actions().sendKeys('The service is delivered in England only.').perform();
      await page.driver.actions().sendKeys(Key.ESCAPE).perform();
      await page.until(
        () => page.driver.executeScript("return document.activeElement && document.activeElement.id === 'criterion-title'"),
        'the criterion title focused after Escape',
      );
      await page.text(`Answered 1 of ${total - 1} applicable criteria`);

      // Third: Insufficient evidence; then levels 0 to 3 on the next four, moving with J.
      await page.shortcut('j');
      await page.shortcut('i');
      await waitChecked(page, /^I Insufficient evidence/);
      for (let level = 0; level <= 3; level++) {
        await page.shortcut('j');
        await page.text(at(4 + level, total));
        await page.shortcut(String(level));
        await waitChecked(page, new RegExp(`^${level} `));
      }
      await page.text(`Answered 6 of ${total - 1} applicable criteria`);

      // Back with K: criterion 6 kept its 2.
      await page.shortcut('k');
      await page.text(at(6, total));
      await waitChecked(page, /^2 /);
      await savedAll(page);
      created = await page.driver.getCurrentUrl();
      await page.assertNoProblems();
    });

    it('keeps the work across a reload, and the library lists it', { timeout: 60_000 }, async () => {
      assert.ok(created, 'the keyboard test created no assessment');
      await page.driver.get(created);
      await page.reload();
      await page.heading('Accommodation pilot');
      await page.text(`Answered 6 of ${CRITERIA - 1} applicable criteria`);
      await page.text(/^Overall \d+\.\d%: (Outstanding|Good|Requires improvement|Inadequate) \(provisional\)$/);
      const keys = await page.storageKeys('spec-lens:v1:assessment:');
      assert.equal(keys.length, 1, `one stored assessment, found ${keys}`);

      const nav = await page.get('navigation', 'Main');
      await (await page.get('link', 'Assessments', { within: nav })).click();
      await page.heading('Assessments');
      const row = await page.get('row', /Accommodation pilot/);
      await page.get('cell', 'Commissioning lead', { within: row });
      await page.assertNoProblems();
    });

    it('imports an assessment file (with its framework) and keeps it across a reload', { timeout: 60_000 }, async () => {
      await page.fresh();
      await importFiles(page, [join(FIXTURES, 'v1-assessment.speclens.json')], 'Results: Fixture: housing support');
      await page.reload();
      await page.heading('Results: Fixture: housing support');
      await page.open('#/');
      const row = await page.get('row', /Fixture: housing support/);
      await page.get('cell', 'Fixture framework', { within: row });

      // A library backup of two assessments, in one pick, into an empty library.
      await page.fresh();
      await (await page.field('Choose .speclens.json files (assessments or a library backup)')).sendKeys(
        join(FIXTURES, 'v1-library.speclens.json'),
      );
      await (await page.get('button', 'Save to my assessments')).click();
      await page.get('status', 'Saved 2 assessments. They are in your list of assessments.');
      await page.get('row', /Fixture: mentoring/);
      await page.assertNoProblems();
    });

    it('opens a share link in a browser that has never seen the assessment', { timeout: 60_000 }, async () => {
      await page.fresh();
      await importFiles(page, [join(FIXTURES, 'v1-assessment.speclens.json')], 'Results: Fixture: housing support');
      await (await page.get('button', 'Make a share link')).click();
      const field = await page.get('textbox', /^Share link \(\d+ characters\)$/);
      const link = await field.getAttribute('value');
      assert.ok(link.startsWith(`${server.base}/#/share/`), `a share link of this origin: ${link.slice(0, 80)}`);
      await page.assertNoProblems();

      // A browser with nothing stored: the storage emptied and the page loaded anew from the link.
      await page.driver.executeScript('localStorage.clear()');
      await page.driver.get('about:blank');
      await page.driver.get(link);
      await page.get('main');
      await page.watch();
      await page.heading('Shared assessment');
      await page.text('Fixture: housing support');
      assert.deepEqual(await page.storageKeys('spec-lens:v1:assessment:'), [], 'nothing saved before asking');
      await (await page.get('button', 'Save to my assessments')).click();
      await page.heading('Results: Fixture: housing support');
      assert.equal((await page.storageKeys('spec-lens:v1:assessment:')).length, 1);
      await page.assertNoProblems();
    });

    it('exports the assessment file and a spreadsheet, and the file imports back', { timeout: 60_000 }, async () => {
      await page.fresh();
      await importFiles(page, [join(FIXTURES, 'v1-assessment.speclens.json')], 'Results: Fixture: housing support');
      await recordDownloads(page);
      await (await page.get('button', 'Download the assessment file')).click();
      const file = await recordedDownload(page, 0);
      assert.match(file.name, /^spec-lens-fixture-housing-support-\d{4}-\d{2}-\d{2}\.speclens\.json$/);
      const envelope = JSON.parse(file.text);
      assert.equal(envelope.format, 'spec-lens');
      assert.equal(envelope.kind, 'assessment');
      assert.equal(envelope.payload.assessment.specification.title, 'Fixture: housing support');

      await (await page.get('button', 'Download a spreadsheet (CSV)')).click();
      const csv = await recordedDownload(page, 1);
      assert.match(csv.name, /\.csv$/);
      assert.equal(csv.text.charCodeAt(0), 0xfeff, 'the CSV starts with a byte-order mark for Excel');
      assert.ok(csv.text.includes('Section,Criterion,Answer,Level label,Weight,Rationale,Evidence'));

      // And the engine wrote it to its downloads folder, unasked (each is set up so: see engines.mjs).
      const path = await fileOnDisk(page, browser.downloads, /^spec-lens-fixture-housing-support-.*\.speclens\.json$/);
      assert.equal(readFileSync(path, 'utf8'), file.text, 'the file on disk is the one the page made');
      const csvPath = await fileOnDisk(page, browser.downloads, /\.csv$/);
      assert.equal(readFileSync(csvPath, 'utf8'), csv.text, 'the CSV on disk is the one the page made');

      // Delete it, then import the exported file back.
      await page.open('#/');
      const row = await page.get('row', /Fixture: housing support/);
      await (await page.get('button', 'Delete Fixture: housing support', { within: row })).click();
      await page.text('Deleted "Fixture: housing support".');
      await page.gone('row', /Fixture: housing support/);
      await importFiles(page, [path], 'Results: Fixture: housing support');
      await page.assertNoProblems();
    });

    it('reads a Word file in the reader worker and a PDF through pdf.js, keeping the clause labels', { timeout: 90_000 }, async () => {
      await page.fresh();
      await page.open('#/assessments/new');
      await page.heading('New assessment');
      const picker = 'Open the specification: a Word, OpenDocument, PDF, text or Markdown file';
      const clauses = async () =>
        page.get('list', 'Clauses, with their labels', { within: await page.get('region', 'What Spec Lens read') });

      await (await page.field(picker)).sendKeys(join(FIXTURES, 'documents', 'accommodation-spec.docx'));
      await page.get('heading', 'What Spec Lens read', { timeout: 30_000 });
      await page.text(/^accommodation-spec\.docx \(\d+ KB\)\. \d+ clauses under \d+ headings\./);
      await page.get('listitem', /^1\.2\.1 The Provider does not make homelessness decisions/, { within: await clauses() });
      await page.get('listitem', /^4 \(iv\) a risk of domestic abuse/, { within: await clauses() });

      await (await page.get('button', 'Choose another file')).click();
      await (await page.field(picker)).sendKeys(join(FIXTURES, 'documents', 'probation-accommodation.pdf'));
      await page.text(/^probation-accommodation\.pdf \(\d+ KB\)\./, { timeout: 30_000 });
      await page.get('listitem', /^3\.1\.2 \(p\. 2\) /, { within: await clauses() });
      assert.ok(server.requests.some((p) => p.endsWith('/pdfjs/pdf.min.mjs')), 'pdf.js fetched when the PDF was opened');

      // The title came from the first file's name, and stays.
      await (await page.get('button', 'Create assessment')).click();
      await page.heading('accommodation-spec');
      await page.shortcut('3');
      await waitChecked(page, /^3 /);
      await savedAll(page);
      await page.assertNoProblems();
    });

    it('runs a workshop whose projector window follows the presenter (BroadcastChannel)', { timeout: 120_000 }, async () => {
      await page.fresh();
      await page.open('#/workshop');
      await page.heading('Workshop');
      const files = ['ama', 'priya', 'tom'].map((name) => join(FIXTURES, 'workshop', `${name}.speclens.json`));
      await (await page.field('Choose two or more assessment files (.speclens.json)')).sendKeys(files.join('\n'));
      await page.text(`0 of ${CRITERIA} criteria agreed`);
      await page.open('#/workshop/presenter');
      await page.heading('Presenter view');
      const presenter = await page.driver.getWindowHandle();

      // A second window of the same browser: the projector.
      await page.driver.switchTo().newWindow('window');
      const projector = await page.driver.getWindowHandle();
      try {
        await page.open('#/workshop/projector');
        await page.text(/^Criterion 1 of 45 · Breadth of evidence/);
        await page.text('Scores are hidden. 3 of 3 people have scored this criterion.');

        // The presenter moves on: the projector follows.
        await page.driver.switchTo().window(presenter);
        await page.shortcut(Key.ARROW_RIGHT);
        await page.text(/^Criterion 2 of 45 · /);
        await page.driver.switchTo().window(projector);
        await page.text(/^Criterion 2 of 45 · /);
        await page.gone('region', 'Cited by the assessors');

        // Revealed from the projector's keyboard: the presenter follows; the projector keeps names hidden.
        await page.shortcut('r');
        await page.get('rowheader', 'Assessor A');
        await page.get('region', 'Cited by the assessors');
        await page.driver.switchTo().window(presenter);
        await page.text('Criterion 2 of 45 · Revealed');

        // The timer, started by the presenter, runs on the projector.
        await (await page.get('button', 'Start or pause the timer')).click();
        await page.driver.switchTo().window(projector);
        const running = async () =>
          page.driver.executeScript(
            "const t = document.querySelector('[aria-label=\"Time on this criterion\"]'); return t && /running/.test(t.textContent) && /0:0[1-9]/.test(t.textContent) ? t.textContent : null",
          );
        await page.until(running, 'the projector timer running past 0:00');

        // The projector reloads into the same state, and still follows the presenter.
        await page.reload();
        await page.text(/^Criterion 2 of 45 · /);
        await page.text('Revealed');
        await page.driver.switchTo().window(presenter);
        await page.shortcut(Key.ARROW_RIGHT);
        await page.text('Criterion 3 of 45 · Blind');
        await page.driver.switchTo().window(projector);
        await page.text(/^Criterion 3 of 45 · /);
        await page.assertNoProblems();
      } finally {
        await page.driver.switchTo().window(projector);
        await page.driver.close();
        await page.driver.switchTo().window(presenter);
      }
      await page.assertNoProblems();
    });

    it('after one visit, opens and scores with the server gone (service worker)', { timeout: 120_000 }, async (t) => {
      await page.fresh();
      await page.heading('Assessments');
      const worker = await serviceWorkerActive(page);
      if (engine === 'webkit' && worker.error) {
        // A known limit, in README ("Browsers tested"): in about one WebKitGTK session in three the
        // worker never becomes active, even after a second visit. Said, not hidden: the run says
        // skipped, and the other engines must pass.
        t.skip(`WebKitGTK did not activate the service worker this session (${worker.error})`);
        return;
      }
      assert.deepEqual(worker, { scope: `${server.base}/`, state: 'activated' });

      await server.down();
      try {
        assert.equal(await reachable(server.base), false, 'the server is gone');
        // Opened anew from its address, as from a bookmark. (Not WebDriver's Refresh: geckodriver's
        // reloads past the service worker, like Shift+Reload, and so fails offline in Firefox.)
        await page.driver.get('about:blank');
        await page.open('#/');
        await page.heading('Assessments');
        assert.equal(await page.driver.executeScript('return !!navigator.serviceWorker.controller'), true);
        await createFromText(page, 'Offline pilot');
        await page.shortcut('4');
        await waitChecked(page, /^4 /);
        await page.text(/^Answered 1 of \d+ applicable criteria$/);
        await savedAll(page);
        await (await page.get('link', 'Results')).click();
        await page.heading('Results: Offline pilot');
        await page.text('100.0%', { within: await page.get('region', 'Summary') });
        await page.assertNoProblems();
      } finally {
        await server.up();
      }
    });
  });
}
