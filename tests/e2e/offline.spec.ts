import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../src/cli/scenario-files.ts';
import { resolveText } from '../../src/domain/scenario/text.ts';
import { openScenario, scenarios } from './support.ts';

// The other journeys run with service workers blocked (tests/playwright.config.ts); this one needs it.
test.use({ serviceWorkers: 'allow' });

const deskTitle = (JSON.parse(readFileSync(`${PROJECT_ROOT}/src/i18n/locales/exam.fr.json`, 'utf8')) as { exam: { title: string } }).exam.title;

test('once loaded, the app works with no network: catalogue, a scenario never opened, the desk and a printable document', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The service worker takes charge of the page (clients.claim(), or at the latest on a reload).
  await expect(async () => {
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload();
      throw new Error('the page has no controlling service worker yet');
    }
  }).toPass({ timeout: 20_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-scenario]')).toHaveCount(scenarios.length);
  // Truly offline: what was not precached cannot be had.
  expect(await page.evaluate(() => fetch(`./not-in-the-build-${Date.now()}.js`).then((r) => r.status, () => 'no network'))).toBe('no network');

  // A scenario whose chunk was never loaded by the page (only precached).
  const scenario = scenarios.at(-1)!;
  await openScenario(page, scenario.id, 'practice');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(resolveText(scenario.title, 'fr'));
  await page.getByRole('button', { name: 'Retour au catalogue' }).click();

  await page.goto('/#examen');
  await expect(page.getByRole('heading', { level: 1, name: deskTitle })).toBeVisible();

  await page.goto('/#examen/document/jury-script/btoc-crafts-service');
  await expect(page.locator('[data-document-ready="true"]')).toBeVisible();
  // A reload of the document's own address is served offline too.
  await page.reload();
  await expect(page.locator('[data-document-ready="true"]')).toBeVisible();
});
