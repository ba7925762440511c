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
