import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { evaluate } from '../../src/domain/evaluator/evaluate.ts';
import { toInterviewLog } from '../../src/domain/machine/interview-record.ts';
import { playInterview, policyFor } from '../../src/domain/play/play.ts';
import { chooseReplies, choicesFor, expectNoAxeViolations, openScenario, scenarios, startInterview } from './support.ts';

const scenario = scenarios[0]!;
const best = choicesFor(scenario, 'best');

/** A weak interview: the first random seed whose report misses at least 5 criteria. */
const weak = (() => {
  for (let seed = 1; seed < 200; seed++) {
    const record = playInterview(scenario, policyFor('random', seed));
    const report = evaluate(toInterviewLog(record));
    if (Object.values(report.criteria).filter((c) => !c.met).length >= 5) return { choices: record.chosen, report };
  }
  throw new Error('no weak interview found');
})();

async function finishInterview(page: Page, choices: readonly string[]) {
  await openScenario(page, scenario.id, 'practice');
  await startInterview(page);
  await chooseReplies(page, choices);
  await expect(page.getByRole('heading', { name: /Entretien terminé|Interview finished/ })).toBeVisible();
}

const historyRows = (page: Page) => page.locator('table.attempts tbody tr');

test('the best replies give a report that says "ready", with all 20 criteria met and their evidence quoted', async ({ page }) => {
  await page.goto('/');
  await finishInterview(page, best);
  const verdict = page.locator('.report-verdict');
  await expect(verdict).toHaveAttribute('data-ready', 'true');
  await expect(verdict.getByRole('heading', { name: "Prêt pour l'examen" })).toBeVisible();
  await expect(page.locator('.competence-summary li[data-acquired="true"]')).toHaveCount(5);
  await expect(page.locator('article[data-criterion][data-met="true"]')).toHaveCount(20);
  // Each criterion shows the figure against its threshold and quotes what counted.
  const c11 = page.locator('article[data-criterion="C1.1"]');
  await expect(c11.locator('.figure')).toContainText(/questions ouvertes pertinentes.*il en faut 3/);
  const expected = evaluate(toInterviewLog(playInterview(scenario, policyFor('best'))));
  for (const [id, result] of Object.entries(expected.criteria)) {
    await expect(page.locator(`article[data-criterion="${id}"] .evidence li`)).toHaveCount(result.evidence.length);
  }
  await expect(c11.locator('.evidence q').first()).not.toBeEmpty();
  await expect(page.locator('.tip')).toHaveCount(0);
  // Nothing better to suggest on a model interview; every need found, every signal caught.
  await expect(page.locator('.better-reply')).toHaveCount(0);
  await expect(page.locator('[data-pile="needs-missed"] li')).toHaveCount(0);
  await expect(page.locator('[data-pile="signals-caught"] li')).not.toHaveCount(0);
  await expectNoAxeViolations(page, 'report (ready)');
});

test('poor replies give a report that misses the right criteria, with what counted, what lacked and a tip', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await finishInterview(page, weak.choices);
  await expect(page.locator('.report-verdict')).toHaveAttribute('data-ready', 'false');
  await expect(page.getByRole('heading', { name: 'Not ready yet' })).toBeVisible();
  for (const [id, result] of Object.entries(weak.report.criteria)) {
    const card = page.locator(`article[data-criterion="${id}"]`);
    await expect(card, id).toHaveAttribute('data-met', String(result.met));
    await expect(card.locator('.evidence li'), id).toHaveCount(result.evidence.length);
    await expect(card.locator('.missing li'), id).toHaveCount(result.missing.length);
    await expect(card.locator('.tip'), id).toHaveCount(result.met ? 0 : 1);
  }
  for (const [c, { acquired }] of Object.entries(weak.report.competences)) {
    await expect(page.locator(`.competence-summary li[data-competence="${c}"]`)).toHaveAttribute('data-acquired', String(acquired));
  }
  // Practice mode: where a better reply existed, the annotated transcript shows it.
  await expect(page.locator('.annotated-transcript .better-reply').first()).toContainText('Better reply:');
  await expectNoAxeViolations(page, 'report (not ready)');
});

test('the history keeps both interviews; exported, it imports into a fresh browser profile unchanged', async ({ page, browser }, testInfo) => {
  await page.goto('/');
  await finishInterview(page, best);
  await page.getByRole('button', { name: 'Refaire ce scénario' }).click();
  await startInterview(page);
  await chooseReplies(page, weak.choices);
  await page.getByRole('button', { name: 'Ma progression' }).click();
  await expect(page.getByRole('heading', { name: 'Ma progression' })).toBeVisible();
  await expect(page).toHaveURL(/#progression$/);
  await expect(historyRows(page)).toHaveCount(2);
  await expect(historyRows(page).nth(0)).toHaveAttribute('data-ready', 'true');
  await expect(historyRows(page).nth(1)).toHaveAttribute('data-ready', 'false');
  await expect(page.locator('.chart-band[data-competence="C1"] circle')).toHaveCount(2);
  await expect(page.locator('.readiness-summary')).toContainText('2 entretiens terminés sur 1 scénario');
  await expectNoAxeViolations(page, 'history');
  // A reload keeps the learner on the history.
  await page.reload();
  await expect(historyRows(page)).toHaveCount(2);
  const table = await page.locator('table.attempts tbody').innerText();
  const summary = await page.locator('.readiness-summary').innerText();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter mon historique' }).click()]);
  const file = testInfo.outputPath('history.json');
  await download.saveAs(file);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/#progression');
  await expect(other.getByText("Aucun entretien terminé pour l'instant")).toBeVisible();
  await other.getByLabel("Importer un fichier d'historique").setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: '2 entretiens ajoutés depuis history.json.' })).toBeVisible();
  await expect(historyRows(other)).toHaveCount(2);
  expect(await other.locator('table.attempts tbody').innerText()).toBe(table);
  expect(await other.locator('.readiness-summary').innerText()).toBe(summary);
  // Importing the same file again adds nothing.
  await other.getByLabel("Importer un fichier d'historique").setInputFiles(file);
  await expect(other.getByRole('status')).toContainText('0 entretien ajouté depuis history.json. 2 figuraient déjà dans votre historique.');
  // A past report opens with the same verdict and its annotated transcript.
  await historyRows(other).nth(1).getByRole('button', { name: /^Voir le bilan/ }).click();
  await expect(other.locator('.report-verdict')).toHaveAttribute('data-ready', 'false');
  await expect(other.locator('.annotated-transcript > li')).not.toHaveCount(0);
  await fresh.close();
});

test('a corrupt or foreign history file is refused with a clear message and changes nothing', async ({ page }, testInfo) => {
  await page.goto('/');
  await finishInterview(page, best);
  await page.getByRole('button', { name: 'Ma progression' }).click();
  await expect(historyRows(page)).toHaveCount(1);
  const input = page.getByLabel("Importer un fichier d'historique");

  const corrupt = testInfo.outputPath('corrupt.json');
  writeFileSync(corrupt, '{"format": "evs-history/1", "attempts": [');
  await input.setInputFiles(corrupt);
  await expect(page.getByRole('alert')).toHaveText("corrupt.json n'a pas pu être importé : ce n'est pas un fichier JSON lisible. Votre historique n'a pas été modifié.");

  const log = testInfo.outputPath('interview-log.json');
  writeFileSync(log, await page.evaluate(() => localStorage.getItem('evs.history') ?? ''));
  const stored = JSON.parse(readFileSync(log, 'utf8')) as { log: unknown }[];
  writeFileSync(log, JSON.stringify(stored[0]!.log));
  await input.setInputFiles(log);
  await expect(page.getByRole('alert')).toContainText("ce n'est pas un fichier d'historique exporté depuis ce simulateur");

  const tampered = testInfo.outputPath('tampered.json');
  writeFileSync(tampered, JSON.stringify({ format: 'evs-history/1', attempts: [{ ...stored[0], id: 'other', log: { format: 'interview-log/1', events: [{ stage: 7, speaker: 'client', seconds: 1, act: 'statement' }] } }] }));
  await input.setInputFiles(tampered);
  await expect(page.getByRole('alert')).toContainText('interview 1, log : event 0, field "stage"');
  await expect(historyRows(page)).toHaveCount(1);

  // Deleting is the learner's choice, confirmed first.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await historyRows(page).first().getByRole('button', { name: /^Supprimer l'entretien/ }).click();
  await expect(historyRows(page)).toHaveCount(1);
  page.once('dialog', (dialog) => void dialog.accept());
  await historyRows(page).first().getByRole('button', { name: /^Supprimer l'entretien/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'a été supprimé de votre historique' })).toBeVisible();
  await expect(historyRows(page)).toHaveCount(0);
  await expect(page.getByText("Aucun entretien terminé pour l'instant")).toBeVisible();
});

test('the report prints on A4 without the screen controls', async ({ page }) => {
  await page.goto('/');
  await finishInterview(page, best);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.end-actions')).toBeHidden();
  await expect(page.locator('.log-section')).toBeHidden();
  await expect(page.locator('.report-verdict')).toBeVisible();
  await expect(page.getByText(/^Imprimé le \d+ \S+ \d{4}$/)).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // An A4 page is 595 × 842 points.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
});
