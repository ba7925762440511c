import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { evaluate } from '../../src/domain/evaluator/evaluate.ts';
import { juryScript } from '../../src/domain/exam/jury-script.ts';
import { resolveText } from '../../src/domain/scenario/text.ts';
import { parseInterviewLog } from '../../src/domain/interview-log/log.ts';
import { isA4, readPdf } from '../support/pdf-text.ts';
import { acceptDialogs, expectNoAxeViolations, scenarios } from './support.ts';

// Draw times are shown in the examiner's time zone.
test.use({ timezoneId: 'Europe/Paris' });

const titleOf = (id: string) => {
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return typeof scenario.title === 'string' ? scenario.title : scenario.title.fr!;
};

async function openDesk(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: "Bureau de l'examinateur" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Le bureau de l'examinateur" })).toBeVisible();
}

async function drawBySpecifics(page: Page, market: string, domain: string, offer: string) {
  await page.getByLabel('Marché').selectOption({ label: market });
  await page.getByLabel('Domaine').selectOption({ label: domain });
  await page.getByLabel('Type de vente').selectOption({ label: offer });
  await page.getByRole('button', { name: 'Retenir ce scénario' }).click();
}

test('draws the scenario the candidate’s specifics name, and records it with its date and time', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T09:15:42Z'));
  await openDesk(page);
  await drawBySpecifics(page, 'BtoC', 'Artisanat', 'Service');
  const sitting = page.locator('.sitting');
  await expect(sitting).toHaveAttribute('data-scenario', 'btoc-crafts-service');
  await expect(sitting.getByRole('heading', { level: 2 })).toHaveText(titleOf('btoc-crafts-service'));
  await expect(sitting.locator('.draw-record')).toHaveText('Scénario désigné par les spécificités du candidat, le dimanche 22 novembre 2026 à 10:15:42.');
  // The sitting survives a reload.
  await page.reload();
  await expect(page.locator('.sitting')).toHaveAttribute('data-scenario', 'btoc-crafts-service');
  acceptDialogs(page);
  await page.getByRole('button', { name: 'Abandonner la session' }).click();
  const register = page.getByRole('region', { name: 'Registre des tirages' });
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register.getByRole('row').nth(1)).toHaveText(`22/11/2026 10:15:42${titleOf('btoc-crafts-service')}spécificités du candidat`);
});

test('draws at random among a chosen subset, then among all 20', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T13:05:00Z'));
  await openDesk(page);
  acceptDialogs(page);
  const subset = ['btob-agriculture-service', 'btoc-tech-digital-product', 'btob-services-product'];
  const random = page.getByRole('region', { name: 'Tirage au sort' });
  await random.getByRole('button', { name: 'Tout décocher' }).click();
  await expect(random.getByRole('button', { name: /Tirer au sort/ })).toBeDisabled();
  for (const id of subset) await random.getByRole('checkbox', { name: titleOf(id) }).check();
  await expect(random.getByRole('group')).toContainText('Scénarios retenus pour le tirage : 3 sur 20');
  await random.getByRole('button', { name: 'Tirer au sort parmi 3 scénarios' }).click();
  const drawn = await page.locator('.sitting').getAttribute('data-scenario');
  expect(subset).toContain(drawn);
  await expect(page.locator('.draw-record')).toHaveText('Tiré au sort parmi 3 scénarios, le dimanche 22 novembre 2026 à 14:05:00.');

  await page.getByRole('button', { name: 'Abandonner la session' }).click();
  await random.getByRole('button', { name: 'Tout cocher' }).click();
  await random.getByRole('button', { name: 'Tirer au sort parmi 20 scénarios' }).click();
  expect(scenarios.map((s) => s.id)).toContain(await page.locator('.sitting').getAttribute('data-scenario'));
  await page.getByRole('button', { name: 'Abandonner la session' }).click();
  const rows = page.getByRole('region', { name: 'Registre des tirages' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('tirage parmi 20 scénarios');
  await expect(rows.nth(2)).toContainText('tirage parmi 3 scénarios');
});

// One observer's tap on the grid, with what the picker then asks for.
async function tally(panel: Locator, key: string, ...values: string[]) {
  await panel.locator(`[data-tally="${key}"]`).click();
  for (const value of values) await panel.locator(`.tally-picker [data-value="${value}"]`).click();
  await expect(panel.locator('.tally-picker')).toHaveCount(0);
}

async function speak(page: Page, panel: Locator, who: 'Le client' | 'Le candidat' | 'Silence', minutes = 0) {
  await panel.getByRole('group', { name: 'Qui parle ?' }).getByRole('button', { name: who }).click();
  if (minutes > 0) await page.clock.runFor(minutes * 60_000);
}

async function stage(page: Page, n: number, name: string) {
  await page.getByRole('group', { name: "Passer à l'étape" }).getByRole('button', { name: `${n}. ${name}` }).click();
}

// React shows a lazily loaded screen after a short timer: let the paused clock give it a second.
async function reload(page: Page) {
  await page.reload();
  await page.clock.runFor(1000);
}

/** What an observer sees of a whole interview on btob-industry-product, tallied as it happens. */
async function observeInterview(page: Page, panels: Locator[], missedByLast: string[]) {
  const each = async (key: string, ...values: string[]) => {
    for (const [i, panel] of panels.entries()) {
      if (i === panels.length - 1 && missedByLast.includes(key)) continue;
      await tally(panel, key, ...values);
    }
  };
  await each('cue', 'comfort', 'verbal');
  await each('open-question');
  for (const panel of panels) await speak(page, panel, 'Le client');
  await page.clock.runFor(3 * 60_000);
  await each('cue', 'comfort', 'non-verbal');
  await stage(page, 2, 'Évaluation des besoins');
  await each('open-question');
  await each('reveals-need', 'msd-relief');
  await each('active-listening');
  await each('open-question');
  await each('reveals-need', 'fast-changeover');
  await each('reveals-need', 'peak-throughput');
  await each('reformulation', 'msd-relief', 'true');
  await each('reformulation', 'fast-changeover', 'true');
  for (const panel of panels) await speak(page, panel, 'Le candidat');
  await page.clock.runFor(2 * 60_000);
  await stage(page, 3, 'Argumentation');
  await each('argument', 'msd-relief');
  await each('argument', 'fast-changeover');
  await each('cue', 'doubt', 'verbal');
  await each('adjustment');
  await each('argument', 'peak-throughput');
  await each('example', 'msd-relief');
  await each('example', 'peak-throughput');
  await each('benefit-translation');
  await stage(page, 4, 'Objections et négociation');
  // The client's prompts for the stage name the objections the script places there.
  const industry = scenarios.find((sc) => sc.id === 'btob-industry-product')!;
  const raisedHere = juryScript(industry).stages.find((sc) => sc.number === 4)!.objections;
  expect(raisedHere.length).toBeGreaterThan(0);
  for (const { objection } of raisedHere) await expect(page.locator('.stage-cues')).toContainText(resolveText(objection.label ?? objection.reason, 'fr'));
  await each('objection', 'payback');
  await each('objection-reformulation', 'payback');
  await each('objection-probe', 'payback');
  await each('objection-answer', 'payback');
  await each('objection-resolved', 'payback');
  await each('objection', 'cheaper-integrator');
  await each('objection-reformulation', 'cheaper-integrator');
  await each('objection-probe', 'cheaper-integrator');
  await each('objection-resolved', 'cheaper-integrator');
  await each('concession', 'true');
  await stage(page, 5, 'Conclusion de la vente');
  await each('buying-signal', 'asks-ascension-slot');
  await each('signal-acknowledged', 'asks-ascension-slot');
  await each('closing-question');
  await each('next-step', 'order');
  await each('agreement-summary', '3');
  await stage(page, 6, 'Suivi et fidélisation');
  await each('followup-action');
  await each('followup-action');
  await each('personal-detail', 'msd-relief');
  await each('personal-detail', 'peak-throughput');
  await each('feedback-question', 'true');
  await each('relationship-action');
  for (const panel of panels) await speak(page, panel, 'Silence');
}

test('a live session with two observers: clocks, stages, tallies, and the results sheet they give', async ({ page }) => {
  test.setTimeout(180_000);
  // Time moves only when the test says so, so that speaking times come out exact.
  await page.clock.install({ time: new Date('2026-11-22T08:00:00Z') });
  await openDesk(page);
  await page.clock.pauseAt(new Date('2026-11-22T08:01:00Z'));
  acceptDialogs(page);
  await drawBySpecifics(page, 'BtoB', 'Industrie', 'Produit');
  await page.getByLabel('Candidat (nom ou numéro)').fill('Camille Roux');
  await page.getByLabel("Nom de l'observateur 1").fill('Claire');
  await page.getByLabel("Nom de l'observateur 2").fill('Marc');

  await page.getByRole('button', { name: 'Lancer les 20 minutes de préparation' }).click();
  await expect(page.getByRole('timer')).toHaveText('20:00');
  await page.clock.runFor('12:30');
  await expect(page.getByRole('timer')).toHaveText('07:30');
  await reload(page); // the preparation clock keeps running across a reload
  await expect(page.getByRole('timer')).toHaveText('07:29');
  await page.clock.runFor('07:29');
  await expect(page.getByRole('alert')).toHaveText('Les 20 minutes de préparation sont écoulées.');
  await page.getByRole('button', { name: "Commencer l'entretien (30 minutes)" }).click();

  await expect(page.getByRole('timer')).toHaveText('30:00');
  await expect(page.locator('.current-stage')).toContainText('Étape 1 : Introduction');
  const claire = page.getByRole('region', { name: 'Grille de Claire' });
  const marc = page.getByRole('region', { name: 'Grille de Marc' });
  // Marc misses the agreement summary: the grids will differ on C4.
  await observeInterview(page, [claire, marc], ['agreement-summary']);
  await expect(claire.locator('[data-tally="open-question"] .tally-count')).toHaveText('3');
  await expect(marc.locator('[data-tally="agreement-summary"] .tally-count')).toHaveText('0');
  await expect(claire.getByText('Client : 03:00 · Candidat : 02:00.')).toBeVisible();

  // A reload in the middle of the interview loses nothing.
  await reload(page);
  await expect(page.locator('.current-stage')).toContainText('Étape 6 : Suivi et fidélisation');
  await expect(claire.locator('[data-tally="followup-action"] .tally-count')).toHaveText('2');

  // A mistaken tap is taken back.
  await tally(marc, 'jargon');
  await marc.getByRole('button', { name: /Retirer le relevé « Jargon non expliqué »/ }).click();
  await expect(marc.locator('[data-tally="jargon"] .tally-count')).toHaveText('0');

  await page.getByRole('button', { name: "Terminer l'entretien" }).click();
  const sheet = page.locator('.results-sheet');
  await expect(sheet.locator('[data-field="candidate"]')).toHaveText('Camille Roux');
  await expect(sheet.locator('.untimed')).toHaveCount(0);
  await expect(sheet).toHaveAttribute('data-ready', 'pending');
  await expect(page.getByRole('heading', { name: 'Décision du jury attendue' })).toBeVisible();
  const competences = sheet.locator('.competences-table tbody tr');
  for (const c of ['C1', 'C2', 'C3', 'C5']) {
    await expect(sheet.locator(`.competences-table tr[data-competence="${c}"]`)).toHaveAttribute('data-acquired', 'true');
  }
  await expect(competences).toHaveCount(5);
  const c4 = sheet.locator('.competences-table tr[data-competence="C4"]');
  await expect(c4).toHaveAttribute('data-acquired', 'pending');
  await expect(c4.locator('[data-observer-verdict]')).toHaveText(['Acquise', 'Non acquise']);
  await expect(sheet.locator('.criteria-table tr.differs')).toHaveCount(1);
  await expect(sheet.locator('.criteria-table tr.differs')).toHaveAttribute('data-criterion', 'C4.4');
  await expect(sheet.locator('tr[data-criterion="C1.2"] td')).toHaveText(['Atteint (60 %)', 'Atteint (60 %)']);

  await c4.getByRole('radio', { name: 'Acquise', exact: true }).check();
  await expect(sheet).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { name: 'Les cinq compétences sont acquises' })).toBeVisible();

  // The exported sheet carries each observer's grid as a log the evaluator decides the same way.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter la fiche (JSON)' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file).toMatchObject({ format: 'exam-results/1', scenario: 'btob-industry-product', candidate: 'Camille Roux', ready: true, competences: { C4: { acquired: true, unanimous: false, decision: true } } });
  const verdicts = file.observers.map((o: { log: unknown }) => {
    const parsed = parseInterviewLog(o.log);
    if (!parsed.ok) throw new Error(parsed.message);
    return evaluate(parsed.log).competences.C4.acquired;
  });
  expect(verdicts).toEqual([true, false]);

  // The sheet prints on A4, without the desk's controls, with the jury's decision and room to sign.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeHidden();
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages.every(isA4)).toBe(true);
  const printed = pages.map((p) => p.text).join(' ');
  for (const text of ['Fiche de résultats', 'Camille Roux', titleOf('btob-industry-product'), 'Les cinq compétences sont acquises', 'Claire, signature', 'Marc, signature']) {
    expect(printed).toContain(text);
  }
  expect(printed).not.toContain('Exporter la fiche');
  expect(printed).not.toContain('Bureau de l');
  await page.emulateMedia({ media: 'screen' });

  // A new sitting files this one among the finished sittings, from where it reopens as it was.
  await page.getByRole('button', { name: 'Nouvelle session' }).click();
  const archive = page.getByRole('region', { name: 'Sessions terminées' });
  await expect(archive.getByRole('row').nth(1)).toContainText(`Camille Roux${titleOf('btob-industry-product')}Cinq compétences acquises`);
  await reload(page);
  await archive.getByRole('button', { name: 'Rouvrir la session de Camille Roux' }).click();
  await expect(page.locator('.results-sheet')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.competences-table tr[data-competence="C4"] input:checked')).toHaveCount(1);
  await page.getByRole('button', { name: 'Nouvelle session' }).click();
  await archive.getByRole('button', { name: 'Supprimer la session de Camille Roux' }).click();
  await expect(archive).toContainText('Aucune session terminée dans ce navigateur.');
});

test('every step of the desk is accessible, the grid’s pickers included', async ({ page }) => {
  await openDesk(page);
  acceptDialogs(page);
  await expectNoAxeViolations(page, 'the draw');
  await drawBySpecifics(page, 'BtoC', 'Tech-Digital', 'Produit');
  await expectNoAxeViolations(page, 'the sitting setup');
  // Each document of the drawn scenario opens ready to print, and Back returns to the sitting.
  for (const name of ['Dossier du candidat', 'Script du client (jury)', "Grille d'évaluation"]) {
    await page.getByRole('button', { name }).click();
    await expect(page.locator('[data-document-ready="true"]')).toHaveAttribute('data-document', /candidate-brief|jury-script|evaluation-grid/);
    await expect(page).toHaveURL(/#examen\/document\/[a-z-]+\/btoc-tech-digital-product$/);
    await page.getByRole('button', { name: "Retour au bureau de l'examinateur" }).click();
    await expect(page.locator('.sitting')).toHaveAttribute('data-phase', 'setup');
  }
  await page.getByRole('button', { name: "Passer directement à l'entretien" }).click();
  const first = page.locator('.observer-panel').first();
  await first.locator('[data-tally="reformulation"]').click();
  // The picker takes the focus, so a keyboard user carries on where they are.
  await expect(first.locator('.tally-picker button').first()).toBeFocused();
  await expectNoAxeViolations(page, 'the live session with a picker open');
  await page.keyboard.press('Escape');
  await expect(first.locator('.tally-picker')).toHaveCount(0);
  await page.getByRole('button', { name: "Terminer l'entretien" }).click();
  await expect(page.locator('.results-sheet')).toHaveAttribute('data-ready', 'false');
  // Nobody timed who spoke: the sheet says why C1.2 cannot be met.
  await expect(page.locator('.untimed')).toHaveText([
    "Observateur 1 n'a pas chronométré qui parlait : sur sa grille, le temps de parole du client vaut 0 et le critère C1.2 ne peut pas être atteint.",
    "Observateur 2 n'a pas chronométré qui parlait : sur sa grille, le temps de parole du client vaut 0 et le critère C1.2 ne peut pas être atteint.",
  ]);
  await expectNoAxeViolations(page, 'the results sheet');
});

test('an observer’s grid exported on one device joins the results sheet on another; a grid of another scenario is refused', async ({ page, browser }) => {
  // On the observer's own laptop: one grid, a few tallies, exported at the end.
  await openDesk(page);
  acceptDialogs(page);
  await drawBySpecifics(page, 'BtoB', 'Industrie', 'Produit');
  await page.getByRole('button', { name: 'Retirer Observateur 2' }).click();
  await page.getByLabel("Nom de l'observateur 1").fill('Inès');
  await page.getByRole('button', { name: "Passer directement à l'entretien" }).click();
  const ines = page.getByRole('region', { name: 'Grille de Inès' });
  await tally(ines, 'open-question');
  await tally(ines, 'objection', 'payback');
  await page.getByRole('button', { name: "Terminer l'entretien" }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter la grille de Inès' }).click();
  const gridPath = await (await download).path();

  // On the examiner's laptop: the sitting's own grid, then Inès's imported.
  const examiner = await (await browser.newContext()).newPage();
  await openDesk(examiner);
  examiner.on('dialog', (d) => void d.accept());
  await drawBySpecifics(examiner, 'BtoB', 'Industrie', 'Produit');
  await examiner.getByRole('button', { name: 'Retirer Observateur 2' }).click();
  await examiner.getByRole('button', { name: "Passer directement à l'entretien" }).click();
  await examiner.getByRole('button', { name: "Terminer l'entretien" }).click();
  const input = examiner.locator('.results-actions input[type="file"]');
  await input.setInputFiles({ name: 'ines.json', mimeType: 'application/json', buffer: await readFile(gridPath) });
  await expect(examiner.getByRole('status').filter({ hasText: 'ines.json' })).toHaveText('La grille ines.json a été ajoutée à la fiche.');
  await expect(examiner.locator('.competences-table thead th')).toHaveText(['Compétence', 'Observateur 1', 'Inès', 'Verdict retenu']);
  await expect(examiner.locator('tr[data-criterion="C3.2"] td')).toHaveText(['Non atteint (0)', 'Non atteint (0)']);

  const otherScenario = { format: 'interview-log/1', scenario: 'btoc-crafts-service', events: [] };
  await input.setInputFiles({ name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(otherScenario)) });
  await expect(examiner.getByRole('alert')).toHaveText("autre.json n'a pas pu être importé : cette grille porte sur un autre scénario (btoc-crafts-service).");
  await input.setInputFiles({ name: 'cassé.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"interview-log/1","events":[{"stage":9}]}') });
  await expect(examiner.getByRole('alert')).toContainText('cassé.json n\'a pas pu être importé : event 0, field "speaker"');
  await expect(examiner.locator('.competences-table thead th')).toHaveCount(4);
  // The imported grid is kept with the sitting.
  await examiner.reload();
  await expect(examiner.locator('.competences-table thead th')).toHaveText(['Compétence', 'Observateur 1', 'Inès', 'Verdict retenu']);
});
