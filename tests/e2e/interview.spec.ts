import { expect, test } from '@playwright/test';
import { acceptDialogs, chooseReplies, choicesFor, openScenario, scenarios, shownLogReport, startInterview } from './support.ts';

for (const scenario of scenarios) {
  test.describe(scenario.id, () => {
    test('a whole interview in French, practice mode, with the best replies, meets every criterion', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await openScenario(page, scenario.id, 'practice');
      await expect(page.getByRole('heading', { name: 'Votre objectif' })).toBeVisible();
      await startInterview(page);
      const best = choicesFor(scenario, 'best');
      await chooseReplies(page, best.slice(0, 1));
      // Practice mode coaches after every reply.
      await expect(page.getByRole('heading', { name: 'Le conseil du formateur' })).toBeVisible();
      await chooseReplies(page, best.slice(1));
      await expect(page.getByRole('heading', { name: 'Entretien terminé' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Transcription' })).toBeVisible();
      const report = await shownLogReport(page);
      expect(Object.entries(report.criteria).filter(([, c]) => !c.met).map(([id]) => id)).toEqual([]);
      expect(report.ready).toBe(true);
    });

    test('a whole interview in English, exam mode, with no coaching and a visible clock', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await openScenario(page, scenario.id, 'exam');
      await expect(page.getByRole('timer')).toContainText(/Preparation: (20:00|19:5\d) left/);
      await startInterview(page);
      await expect(page.getByRole('timer')).toContainText(/Time left: (30:00|29:5\d)/);
      await chooseReplies(page, choicesFor(scenario, 'random', 11));
      await expect(page.getByRole('heading', { name: 'Interview finished' })).toBeVisible();
      await expect(page.getByText("Coach's note")).toHaveCount(0);
      // The exam's report judges, but suggests no better reply.
      await expect(page.locator('.report-verdict')).toBeVisible();
      await expect(page.locator('.better-reply')).toHaveCount(0);
      expect((await shownLogReport(page)).clientTalkShare).toBeGreaterThan(0);
    });
  });
}

test('two learners making different choices have visibly different interviews', async ({ page }) => {
  const scenario = scenarios[0]!;
  const transcripts: string[] = [];
  acceptDialogs(page);
  await page.goto('/');
  for (const seed of [1, 2]) {
    // The second learner starts from the catalogue, as the first one leaves it.
    if (seed > 1) await page.getByRole('button', { name: 'Retour au catalogue' }).click();
    await openScenario(page, scenario.id, 'practice');
    await startInterview(page);
    await chooseReplies(page, choicesFor(scenario, 'random', seed));
    transcripts.push((await page.locator('ol.transcript').textContent()) ?? '');
  }
  expect(transcripts[0]).not.toEqual(transcripts[1]);
});
