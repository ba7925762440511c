/**
 * End-to-end tests (tests/e2e/) in Debian's Chromium, against `vite preview`.
 *
 *   npm run build
 *   node src/build/ensure-chromium.mjs      # installs chromium if needed (root + apt)
 *   npx playwright test -c tests/playwright.config.ts
 *
 * Playwright's own browser download is unavailable here, so the browser is the
 * system one: $CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from '../src/build/chromium-args.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
// Several people can test side by side, each with their own build and port:
//   E2E_DIST=/tmp/my-dist E2E_PORT=4180 npx playwright test -c tests/playwright.config.ts
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
    // Journeys stay independent of the offline cache; tests/e2e/offline.spec.ts opts in.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  webServer: {
    // The build is done beforehand (`npm run build`).
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    cwd: projectRoot,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
