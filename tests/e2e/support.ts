import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { loadAllScenarios } from '../../src/cli/scenario-files.ts';
import { evaluate } from '../../src/domain/evaluator/evaluate.ts';
import { parseInterviewLog } from '../../src/domain/interview-log/log.ts';
import { playInterview, policyFor, type Policy } from '../../src/domain/play/play.ts';
import type { Scenario } from '../../src/domain/scenario/schema.ts';

export const scenarios: Scenario[] = loadAllScenarios().scenarios;

/** The replies a policy picks through a scenario, by option id, as the CLI's `play` would. */
export function choicesFor(scenario: Scenario, policy: Policy, seed = 1): string[] {
  return playInterview(scenario, policyFor(policy, seed)).chosen;
}

export async function openScenario(page: Page, scenarioId: string, mode: 'practice' | 'exam') {
  const card = page.locator(`[data-scenario="${scenarioId}"]`);
  await card.getByRole('button', { name: mode === 'practice' ? /S'entraîner|Practise/ : /examen|exam/i }).click();
  await expect(page.getByRole('button', { name: /Commencer l'entretien|Start the interview/ })).toBeVisible();
}

export async function startInterview(page: Page) {
  await page.getByRole('button', { name: /Commencer l'entretien|Start the interview/ }).click();
  await expect(page.getByRole('group', { name: /Votre réponse|Your reply/ })).toBeVisible();
}

/** Clicks the given replies in order, waiting each time for the interview to move on. */
export async function chooseReplies(page: Page, optionIds: readonly string[]) {
  const transcript = page.getByRole('list', { name: /Échanges|Conversation so far/ });
  for (const id of optionIds) {
    const before = await transcript.locator('> li').count();
    await page.locator(`button[data-option="${id}"]`).click();
    if (id !== optionIds.at(-1)) await expect.poll(() => transcript.locator('> li').count()).toBeGreaterThan(before);
  }
}

/** The interview log shown on the end screen, validated and evaluated. */
export async function shownLogReport(page: Page) {
  const text = await page.locator('pre.log').textContent();
  const parsed = parseInterviewLog(JSON.parse(text ?? ''));
  if (!parsed.ok) throw new Error(parsed.message);
  return evaluate(parsed.log);
}

export async function expectNoAxeViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

export function acceptDialogs(page: Page) {
  page.on('dialog', (dialog) => void dialog.accept());
}
