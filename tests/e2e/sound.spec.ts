import { expect, test, type Page } from '@playwright/test';
import { chooseReplies, choicesFor, openScenario, scenarios, startInterview } from './support';

const scenario = scenarios[0]!;

/** The sound files the page has asked for so far. */
function soundRequests(page: Page): string[] {
  const heard: string[] = [];
  page.on('request', (request) => {
    const match = /\/sounds\/([a-z-]+)\.wav$/.exec(request.url());
    if (match) heard.push(match[1]!);
  });
  return heard;
}

test('sound cues play when the meeting starts and when an objection comes', async ({ page }) => {
  const heard = soundRequests(page);
  await page.goto('/');
  await openScenario(page, scenario.id, 'practice');
  await startInterview(page);
  await expect.poll(() => heard).toContain('start');
  const best = choicesFor(scenario, 'best');
  await chooseReplies(page, best);
  await expect.poll(() => heard).toContain('objection');
  await expect.poll(() => heard).toContain('end');
});

test('no sound at all once muted', async ({ page }) => {
  const heard = soundRequests(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Son activé' }).click();
  await openScenario(page, scenario.id, 'practice');
  await startInterview(page);
  await chooseReplies(page, choicesFor(scenario, 'best'));
  await expect(page.getByRole('heading', { name: 'Entretien terminé' })).toBeVisible();
  expect(heard).toEqual([]);
});

test('the examiner’s desk sounds when preparation is over and when five minutes of interview remain', async ({ page }) => {
  const heard = soundRequests(page);
  await page.clock.install();
  await page.goto('/#examen');
  await page.getByRole('button', { name: 'Retenir ce scénario' }).click();
  await page.getByRole('button', { name: 'Lancer les 20 minutes de préparation' }).click();
  await page.clock.runFor('19:00');
  expect(heard).toEqual([]);
  await page.clock.runFor('01:01');
  await expect.poll(() => heard).toContain('end');
  await page.getByRole('button', { name: "Commencer l'entretien (30 minutes)" }).click();
  await page.clock.runFor('24:00');
  expect(heard).not.toContain('time-low');
  await page.clock.runFor('01:01');
  await expect.poll(() => heard).toContain('time-low');
});
