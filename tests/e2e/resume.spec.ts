import { expect, test } from '@playwright/test';
import { acceptDialogs, chooseReplies, choicesFor, openScenario, scenarios, startInterview } from './support.ts';

const scenario = scenarios[0]!;

test('reload in the middle of an interview resumes exactly where it was, notes included', async ({ page }) => {
  await page.goto('/');
  await openScenario(page, scenario.id, 'practice');
  await page.getByLabel('Bloc-notes').fill('Budget annoncé : à vérifier');
  await startInterview(page);
  const best = choicesFor(scenario, 'best');
  await chooseReplies(page, best.slice(0, 4));
  await expect(page.getByRole('alert')).toHaveCount(0);
  const transcript = await page.locator('ol.transcript').textContent();
  const replies = await page.locator('button.reply').allTextContents();

  await page.reload();
  await expect(page.locator('ol.transcript')).toHaveText(transcript ?? '');
  await expect(page.locator('button.reply')).toHaveText(replies);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.locator('details.notes-drawer > summary').click();
  await expect(page.getByLabel('Bloc-notes')).toHaveValue('Budget annoncé : à vérifier');

  // Closing the tab and coming back is the same as a reload: a new page on the same storage.
  const again = await page.context().newPage();
  await page.close();
  await again.goto('/');
  await expect(again.locator('ol.transcript')).toHaveText(transcript ?? '');
  await chooseReplies(again, best.slice(4));
  await expect(again.getByRole('heading', { name: 'Entretien terminé' })).toBeVisible();
  await again.reload();
  await expect(again.getByRole('heading', { name: 'Entretien terminé' })).toBeVisible();
});

test('an interview can be abandoned, and started again from the beginning', async ({ page }) => {
  acceptDialogs(page);
  await page.goto('/');
  await openScenario(page, scenario.id, 'practice');
  await startInterview(page);
  await chooseReplies(page, choicesFor(scenario, 'best').slice(0, 2));
  await page.getByRole('button', { name: "Abandonner l'entretien" }).click();
  await expect(page.getByRole('heading', { name: 'Entretien abandonné' })).toBeVisible();
  await page.getByRole('button', { name: 'Refaire ce scénario' }).click();
  await startInterview(page);
  await expect(page.locator('ol.transcript > li.line-learner')).toHaveCount(0);
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await expect(page.getByRole('button', { name: "Commencer l'entretien" })).toBeVisible();
  await page.getByRole('button', { name: 'Retour au catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Choisissez votre scénario' })).toBeVisible();
});

test('the language and the mute switch are remembered across visits', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Sound on' }).click();
  await expect(page.getByRole('button', { name: 'Sound off' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveTitle('Sales interview — practice simulator');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pick your scenario' })).toBeVisible();
  await expect(page).toHaveTitle('Sales interview — practice simulator');
  await expect(page.getByRole('button', { name: 'Sound off' })).toBeVisible();
});

test('an unreadable saved interview is set aside with a message, not lost', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('evs.session', '{"version":1,"scenarioId":'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('mis de côté');
  expect(await page.evaluate(() => localStorage.getItem('evs.session.unreadable'))).toBe('{"version":1,"scenarioId":');
});

test('a reply the scenario no longer has is reported when the interview resumes', async ({ page }) => {
  await page.goto('/');
  await openScenario(page, scenario.id, 'practice');
  await startInterview(page);
  const best = choicesFor(scenario, 'best');
  await chooseReplies(page, best.slice(0, 2));
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('evs.session') ?? '{}');
    stored.choices.push('a-reply-removed-since');
    localStorage.setItem('evs.session', JSON.stringify(stored));
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('1 réponse');
  await expect(page.locator('ol.transcript > li.line-learner')).toHaveCount(2);
});
