// Finding things the way a person does, through WebDriver: by role and accessible name.
// WebDriver has no role locators (and WebKitWebDriver no computed-label command), so a small
// script in the page finds elements by role (the HTML element's implicit role, or an explicit
// role attribute) and by accessible name (aria-labelledby, aria-label, the <label>, a fieldset's
// legend, an image's alt, or the element's own text for buttons, links, headings, cells and the
// like). Only rendered elements count. Every wait polls for a state and gives up after a bound.
import { strict as assert } from 'node:assert';
import { By, Key } from 'selenium-webdriver';

export const WAIT = Number(process.env.ENGINES_WAIT_MS ?? 15_000);

// Runs in the page: finds rendered elements by role and name. `name` is {text} (exact, spaces
// normalised), {pattern, flags} (a regular expression), or null (any name). `within` narrows the
// search to one element's descendants.
const FIND = `
const [role, name, within, level] = arguments;
const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
const rendered = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const textOf = (el) => norm(el.textContent);
const byIds = (ids) => norm(ids.split(/\\s+/).map((id) => { const e = document.getElementById(id); return e ? e.textContent : ''; }).join(' '));
const roles = {
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
  button: 'button,input[type=button],input[type=submit],input[type=reset],[role=button]',
  link: 'a[href],[role=link]',
  textbox: 'input:not([type]),input[type=text],input[type=search],input[type=email],input[type=url],input[type=tel],input[type=number],textarea,[role=textbox]',
  radio: 'input[type=radio],[role=radio]',
  checkbox: 'input[type=checkbox],[role=checkbox]',
  combobox: 'select,[role=combobox]',
  group: 'fieldset,[role=group],[role=radiogroup]',
  region: 'section[aria-label],section[aria-labelledby],[role=region]',
  status: '[role=status],output',
  alert: '[role=alert]',
  banner: 'body > header,[role=banner]',
  main: 'main,[role=main]',
  navigation: 'nav,[role=navigation]',
  row: 'tr,[role=row]',
  rowheader: 'th[scope=row],[role=rowheader]',
  cell: 'td,[role=cell]',
  list: 'ul,ol,[role=list]',
  listitem: 'li,[role=listitem]',
  field: 'input,textarea,select,[contenteditable=true]',
};
const fromContent = new Set(['heading', 'button', 'link', 'row', 'rowheader', 'cell', 'listitem', 'status', 'alert']);
function accessibleName(el, kind) {
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) return byIds(labelledby);
  const label = el.getAttribute('aria-label');
  if (label) return norm(label);
  if (el.labels && el.labels.length) return norm(Array.from(el.labels).map((l) => l.textContent).join(' '));
  if (el.tagName === 'FIELDSET') { const legend = el.querySelector(':scope > legend'); if (legend) return textOf(legend); }
  if (el.tagName === 'IMG') return norm(el.alt);
  if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return norm(el.value);
  if (fromContent.has(kind)) return textOf(el);
  return norm(el.getAttribute('title'));
}
const selector = roles[role];
if (!selector) throw new Error('unknown role ' + role);
const root = within || document;
let found = Array.from(root.querySelectorAll(selector)).filter(rendered);
if (role === 'heading' && level) found = found.filter((el) => el.tagName === 'H' + level || el.getAttribute('aria-level') === String(level));
if (name) {
  const test = name.pattern !== undefined ? ((s) => new RegExp(name.pattern, name.flags).test(s)) : ((s) => s === norm(name.text));
  found = found.filter((el) => test(accessibleName(el, role)));
}
return found;
`;

const asName = (name) =>
  name === undefined || name === null ? null : name instanceof RegExp ? { pattern: name.source, flags: name.flags } : { text: name };
const describe = (role, name) => `${role}${name === undefined || name === null ? '' : ` "${name}"`}`;

/** One engine's page: the driver, the base address, and the ways a person finds and uses things. */
export class Page {
  constructor(driver, base, engine) {
    this.driver = driver;
    this.base = base;
    this.engine = engine;
  }

  /** Every rendered element of `role` with accessible name `name` (string: exact; RegExp: matches). */
  async all(role, name, { within = null, level = null } = {}) {
    return this.driver.executeScript(FIND, role, asName(name), within, level);
  }

  /** Waits until exactly one such element is rendered, and returns it. */
  async get(role, name, options = {}) {
    let last = [];
    try {
      return await this.driver.wait(
        async () => {
          last = await this.all(role, name, options);
          return last.length === 1 ? last[0] : null;
        },
        options.timeout ?? WAIT,
        undefined,
        100,
      );
    } catch (error) {
      throw new Error(
        `${this.engine}: waited ${options.timeout ?? WAIT} ms for one ${describe(role, name)}; found ${last.length}, ${await this.where()}. ${error.message}`,
      );
    }
  }

  /** Where the page is, for a failure message: its address, its first heading and any alert. */
  async where() {
    return this.driver
      .executeScript(`const t = (s) => { const e = document.querySelector(s); return e ? e.textContent.replace(/\\s+/g, ' ').trim().slice(0, 200) : '-'; };
        const a = document.activeElement;
        const invalid = Array.from(document.querySelectorAll('[aria-invalid=true]')).map((e) => e.id + '=' + JSON.stringify(e.value)).join(' ');
        return 'at ' + location.href.slice(0, 120) + ', heading "' + t('h1') + '", alert "' + t('[role=alert]') + '", focus on '
          + (a ? a.tagName + (a.id ? '#' + a.id : '') : '-') + (invalid ? ', invalid: ' + invalid : '');`)
      .catch((error) => `(page unreadable: ${error.message.slice(0, 120)})`);
  }

  /** Waits until no such element is rendered. */
  async gone(role, name, options = {}) {
    await this.until(async () => (await this.all(role, name, options)).length === 0, `no ${describe(role, name)}`);
  }

  heading(name, level = 1) {
    return this.get('heading', name, { level });
  }

  /** The form field whose label is `label` (file inputs and selects included). */
  field(label, options = {}) {
    return this.get('field', label, options);
  }

  /** Waits until `check()` is truthy (polling every 100 ms), and returns its value. */
  async until(check, what, timeout = WAIT) {
    let last;
    try {
      return await this.driver.wait(
        async () => {
          last = await check();
          return last;
        },
        timeout,
        undefined,
        100,
      );
    } catch (error) {
      throw new Error(`${this.engine}: waited ${timeout} ms for ${what}; last saw ${JSON.stringify(last)}, ${await this.where()}. ${error.message}`);
    }
  }

  /** Waits until some rendered element's own text (spaces normalised) matches `text` exactly or the RegExp. */
  async text(text, { within = null, timeout = WAIT } = {}) {
    const name = asName(text);
    const script = `
      const [name, within] = arguments;
      const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
      const test = name.pattern !== undefined ? ((s) => new RegExp(name.pattern, name.flags).test(s)) : ((s) => s === norm(name.text));
      const all = Array.from((within || document.body).querySelectorAll('*'));
      return all.find((el) => el.getClientRects().length > 0 && test(norm(el.textContent))
        && !Array.from(el.children).some((c) => test(norm(c.textContent)))) || null;`;
    return this.until(() => this.driver.executeScript(script, name, within), `text ${text}`, timeout);
  }

  /** The normalised text of an element. */
  async textOf(element) {
    return this.driver.executeScript("return arguments[0].textContent.replace(/\\s+/g, ' ').trim()", element);
  }

  /** Opens a route (the part after the address, e.g. '#/workshop') and waits for the app's main region. */
  async open(route = '#/') {
    await this.driver.get(`${this.base}/${route}`);
    await this.live();
  }

  /**
   * Waits for the app itself: its main region, and no start page drawn at build time left (that one
   * is inert until the app mounts and removes it; scripts/prerender.mjs).
   */
  async live() {
    await this.until(
      () => this.driver.executeScript("return !document.querySelector('[data-prerendered]')"),
      'the app to replace the start page drawn at build time',
    );
    await this.get('main');
    await this.watch();
  }

  /** Reloads and waits for the app's main region (the projector has no banner). */
  async reload() {
    try {
      await this.driver.navigate().refresh();
    } catch (error) {
      // WebKitWebDriver's Refresh now and then never reports the load as done (seen once in five
      // runs, at the first reload of a session): load the same address again instead.
      if (error.name !== 'TimeoutError') throw error;
      const url = await this.driver.getCurrentUrl();
      await this.driver.get('about:blank');
      await this.driver.get(url);
    }
    await this.live();
  }

  /**
   * From here on, records uncaught errors, refused promises and CSP refusals in the page, and
   * problems() returns them with every resource fetched from another origin. WebDriver classic has
   * no console in every engine, so this is what can be watched alike in all three (from the moment
   * it is installed, not during the first load).
   */
  async watch() {
    await this.driver.executeScript(`
      if (window.__engineProblems) return;
      const problems = (window.__engineProblems = []);
      addEventListener('error', (e) => problems.push('error: ' + (e.message || e.type)));
      addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + String(e.reason)));
      document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP refused ' + e.blockedURI + ' (' + e.violatedDirective + ')'));`);
  }

  async problems() {
    return this.driver.executeScript(`
      const origin = location.origin;
      const foreign = performance.getEntriesByType('resource').map((e) => e.name)
        .filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)
        .map((u) => 'request left the origin: ' + u);
      return [...(window.__engineProblems || []), ...foreign];`);
  }

  async assertNoProblems() {
    assert.deepEqual(await this.problems(), [], `${this.engine}: problems in the page`);
  }

  /** Forgets everything the app keeps in this origin's storage, then opens the library. */
  async fresh() {
    await this.driver.get(`${this.base}/#/`);
    await this.driver.executeScript('localStorage.clear(); sessionStorage.clear();');
    await this.reload();
  }

  /** Focuses an element and presses a key on it (WebDriver's Element Send Keys). */
  async focusAndPress(element, key) {
    await element.sendKeys(key);
  }

  /** Presses a key with the focus on the page, not in a field: the app's keyboard shortcuts. */
  async shortcut(key) {
    await this.driver.findElement(By.css('body')).sendKeys(key);
  }

  /** The element that has the keyboard focus. */
  async focused() {
    return this.driver.executeScript('return document.activeElement');
  }

  async isFocused(element) {
    return this.driver.executeScript('return document.activeElement === arguments[0]', element);
  }

  async checked(element) {
    return this.driver.executeScript('return arguments[0].checked === true || arguments[0].getAttribute("aria-checked") === "true"', element);
  }

  async storageKeys(prefix = 'spec-lens:') {
    return this.driver.executeScript('return Object.keys(localStorage).filter((k) => k.startsWith(arguments[0])).sort()', prefix);
  }
}

export { Key };
