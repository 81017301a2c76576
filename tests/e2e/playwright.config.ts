import { defineConfig } from '@playwright/test';
import { BASE, DIST, PORT, SUB_BASE, SUB_PATH, SUB_PORT, SUB_ROOT } from './support/servers';

// The suite runs against the release build in dist/, served as a static site on loopback,
// the way a user's static host would serve it. Port 8099 keeps clear of `make run` on 8080.
// The same build is also served under a sub-path (/spec-lens/ on the next port): its asset
// addresses are relative, so no second build is needed.
const viewport = { width: 1280, height: 800 };

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: BASE,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: /subpath\.spec\.ts$/, use: { viewport } },
    {
      name: 'sub-path',
      testMatch: /(subpath|offline)\.spec\.ts$/,
      use: { viewport, baseURL: `${SUB_BASE}${SUB_PATH}` },
    },
  ],
  webServer: [
    {
      command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory ${DIST}`,
      url: BASE,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command:
        `rm -rf '${SUB_ROOT}' && mkdir -p '${SUB_ROOT}' && ln -s '${DIST}' '${SUB_ROOT}${SUB_PATH.replace(/\/$/, '')}' && ` +
        `exec python3 -m http.server ${SUB_PORT} --bind 127.0.0.1 --directory '${SUB_ROOT}'`,
      url: `${SUB_BASE}${SUB_PATH}`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
