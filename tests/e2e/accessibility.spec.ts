import { expect, test } from '@playwright/test';
import { chooseReplies, choicesFor, expectNoAxeViolations, openScenario, scenarios, startInterview } from './support.ts';

const scenario = scenarios[0]!;

for (const lang of ['fr', 'en'] as const) {
  test(`every screen passes an axe scan (${lang})`, async ({ page }) => {
    await page.goto('/');
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expectNoAxeViolations(page, 'catalogue');
    await openScenario(page, scenario.id, 'exam');
    await expectNoAxeViolations(page, 'brief (exam)');
    await startInterview(page);
    await expectNoAxeViolations(page, 'interview (exam)');
    await page.evaluate(() => localStorage.clear());
    await page.goto('/');
    await openScenario(page, scenario.id, 'practice');
    await startInterview(page);
    const best = choicesFor(scenario, 'best');
    await chooseReplies(page, best.slice(0, 3));
    await page.locator('details.notes-drawer > summary').click();
    await expectNoAxeViolations(page, 'interview (practice, coaching, notes open)');
    await chooseReplies(page, best.slice(3));
    await expect(page.locator('pre.log')).toBeVisible();
    await expectNoAxeViolations(page, 'end');
  });
}
