import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { ROOT_PORT, ROOT_URL, SUBPATH_PORT, SUBPATH_URL } from './tests/e2e/site';

// Playwright never downloads a browser here: it drives the system Chromium (Debian package
// `chromium`), or the one CHROMIUM_PATH names. Without either, it falls back to a browser installed
// by `npx playwright install chromium` (see README).
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

// The flags a root, offline machine needs: no sandbox as root, and none of Chromium's own
// background traffic, which a closed network refuses.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry on CI: a loaded 2-core machine can starve a browser test once; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  use: {
    baseURL: ROOT_URL,
    ...devices['Desktop Chrome'],
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
  },
  // Both servers serve a production build made beforehand. The sub-path build sits in
  // dist-subpath/gpt-n/ and a plain static server (sirv) serves dist-subpath/, as a project site on
  // GitHub Pages is served: proof that the output needs no Astro server.
  webServer: [
    {
      command: `astro preview --port ${ROOT_PORT}`,
      url: ROOT_URL,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `sirv dist-subpath --port ${SUBPATH_PORT} --quiet`,
      url: SUBPATH_URL,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
