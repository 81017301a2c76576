// Starts one browser engine behind its WebDriver server, and ends both.
//   chromium: Debian's chromium through chromedriver, headless.
//   firefox:  Debian's firefox-esr through geckodriver (crates.io), headless.
//   webkit:   WebKitGTK's MiniBrowser through WebKitWebDriver (Debian webkit2gtk-driver). It has no
//             headless mode, so it gets a display of its own: an Xvfb server started here.
// Every wait is bounded: a driver that never answers fails the run instead of hanging it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Executor, HttpClient } from 'selenium-webdriver/http/index.js';
import { WebDriver } from 'selenium-webdriver/lib/webdriver.js';
import { Capabilities } from 'selenium-webdriver/lib/capabilities.js';

// A plain W3C session, not selenium's Builder: its Chrome and Firefox drivers route file uploads
// through a remote file detector, which these local driver servers do not implement.

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WIDTH = 1280;
const HEIGHT = 800;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or a failure saying `what` if it takes longer than `ms` (the timer never outlives it). */
function within(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Resolves once `url` answers, polling every 100 ms for at most `ms`. */
async function answers(url, ms, child) {
  const until = Date.now() + ms;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${child.spawnfile} exited (${child.exitCode}) before it answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await sleep(100);
  }
}

function launch(command, args, env = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors = (errors + chunk).slice(-4000);
  });
  child.recentErrors = () => errors;
  return child;
}

/** An X display for WebKitGTK: Xvfb picks a free display number and writes it to a pipe. */
async function startXvfb() {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb gave no display within 10 s')), 10_000);
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { child, display };
}

async function stopChild(child, ms = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  if (await within(gone, ms, 'still running').then(() => true, () => false)) return;
  child.kill('SIGKILL');
  await within(gone, ms, 'still running after SIGKILL').catch(() => {});
}

function capabilities(engine, downloads) {
  switch (engine) {
    case 'chromium':
      return {
        browserName: 'chrome',
        'goog:chromeOptions': {
          binary: '/usr/bin/chromium',
          args: [
            '--headless=new', `--window-size=${WIDTH},${HEIGHT}`, '--disable-gpu', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            // Nothing leaves this machine: every address but loopback goes to a proxy that is not there.
            '--proxy-server=http://127.0.0.1:9',
            // root (CI's user) cannot run Chromium's sandbox
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          ],
          prefs: { 'download.default_directory': downloads, 'download.prompt_for_download': false },
        },
      };
    case 'firefox':
      return {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: '/usr/bin/firefox-esr',
          args: ['-headless', '-width', String(WIDTH), '-height', String(HEIGHT)],
          prefs: {
            'browser.download.folderList': 2,
            'browser.download.dir': downloads,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            // Firefox opens its downloads panel after a download, and the panel keeps the keyboard:
            // the next key pressed in the page (Enter on "Create assessment") never reaches it.
            'browser.download.alwaysOpenPanel': false,
            // Nothing leaves this machine: every address but loopback goes to a proxy that is not
            // there (port 9, discard), and the services that phone home are off.
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': 9,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': 9,
            'network.proxy.allow_hijacking_localhost': false,
            'network.dns.disablePrefetch': true,
            'network.prefetch-next': false,
            'app.update.enabled': false,
            'browser.shell.checkDefaultBrowser': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
            'extensions.update.enabled': false,
          },
        },
      };
    case 'webkit':
      return {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      };
    default:
      throw new Error(`unknown engine ${engine}; one of ${ENGINES.join(', ')}`);
  }
}

/**
 * Starts `engine` with its WebDriver server on `port` and opens a session. Returns the driver, the
 * folder downloads go to, and stop(), which ends the session, the driver server and any display.
 */
export async function startEngine(engine, port) {
  const downloads = mkdtempSync(join(tmpdir(), `spec-lens-${engine}-downloads-`));
  const started = [];
  let driver = null;
  const stop = async () => {
    if (driver) {
      await within(driver.quit(), 15_000, 'no end of the session').catch(() => {});
      driver = null;
    }
    for (const child of started.reverse()) await stopChild(child);
    rmSync(downloads, { recursive: true, force: true });
  };
  try {
    let server;
    if (engine === 'chromium') {
      server = launch('/usr/bin/chromedriver', [`--port=${port}`]);
    } else if (engine === 'firefox') {
      server = launch('geckodriver', ['--port', String(port), '--host', '127.0.0.1']);
    } else if (engine === 'webkit') {
      const xvfb = await startXvfb();
      started.push(xvfb.child);
      // MiniBrowser saves a download, unasked, to the XDG download folder (else the home folder):
      // a configuration folder of its own points that at the downloads folder.
      const config = join(downloads, '.config');
      mkdirSync(config);
      writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
      // Nothing leaves this machine: GLib's proxy resolver takes these when no desktop settings are there.
      const proxy = 'http://127.0.0.1:9';
      server = launch('WebKitWebDriver', [`--port=${port}`], {
        DISPLAY: xvfb.display,
        XDG_CONFIG_HOME: config,
        http_proxy: proxy,
        https_proxy: proxy,
        no_proxy: '127.0.0.1,localhost',
      });
    } else {
      throw new Error(`unknown engine ${engine}; one of ${ENGINES.join(', ')}`);
    }
    started.push(server);
    const url = `http://127.0.0.1:${port}`;
    await answers(`${url}/status`, 20_000, server);
    const executor = new Executor(Promise.resolve(new HttpClient(url)));
    const session = WebDriver.createSession(executor, new Capabilities(capabilities(engine, downloads)));
    driver = await within(session.getSession(), 60_000, `${engine}: no session`)
      .then(() => session)
      .catch((error) => {
        throw new Error(`${error.message}. ${server.recentErrors()}`);
      });
    await driver.manage().setTimeouts({ implicit: 0, pageLoad: 30_000, script: 30_000 });
    if (engine === 'webkit') await driver.manage().window().setRect({ width: WIDTH, height: HEIGHT });
    const version = (await driver.getCapabilities()).get('browserVersion');
    return { engine, driver, downloads, version, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
