import { expect, test } from '@playwright/test';
import { chooseReplies, choicesFor, openScenario, scenarios } from './support.ts';

const scenario = scenarios[0]!;

test('exam mode: preparation runs out after 20 minutes, then the interview after 30', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await openScenario(page, scenario.id, 'exam');
  await expect(page.getByRole('timer')).toHaveText('Préparation : 20:00 restantes');
  await page.clock.runFor('10:00');
  await expect(page.getByRole('timer')).toHaveText('Préparation : 10:00 restantes');
  await page.clock.runFor('10:01');
  // Preparation is over: the interview starts on its own, with its 30 minutes.
  await expect(page.getByRole('group', { name: 'Votre réponse' })).toBeVisible();
  await expect(page.getByRole('timer')).toContainText(/Temps restant : (30:00|29:59)/);
  await chooseReplies(page, choicesFor(scenario, 'best').slice(0, 2));
  await page.clock.runFor('26:00');
  await expect(page.getByRole('timer')).toHaveClass(/timer-low/);
  await page.reload();
  await expect(page.getByRole('timer')).toContainText(/Temps restant : 0[34]:/);
  await page.clock.runFor('04:30');
  await expect(page.getByRole('heading', { name: 'Temps écoulé' })).toBeVisible();
});
