import { expect, test } from '@playwright/test';
import { scenarios } from './support.ts';

const scenario = scenarios[0]!;

test('a whole interview can be held with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  // Tab until the practice button of the scenario has focus, then press Enter.
  const practice = page.locator(`[data-scenario="${scenario.id}"]`).getByRole('button', { name: /S'entraîner/ });
  for (let i = 0; i < 80 && !(await practice.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const start = page.getByRole('button', { name: "Commencer l'entretien" });
  for (let i = 0; i < 80 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Votre réponse' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('button.reply').first()).toBeFocused();
  // After each reply, focus moves to the first new reply, so Enter keeps the interview going.
  for (let i = 0; i < 100; i++) {
    if (await page.getByRole('heading', { name: 'Entretien terminé' }).isVisible()) break;
    await expect(page.locator('button.reply:focus')).toHaveCount(1);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Entretien terminé' })).toBeVisible();
});
