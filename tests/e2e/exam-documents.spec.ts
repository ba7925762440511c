import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadScenarioFile, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { CRITERIA } from '../../src/domain/evaluator/criteria.ts';
import { resolveScenario, type ResolvedScenario } from '../../src/domain/scenario/resolve.ts';
import { isA4, readPdf, type PdfPage } from '../support/pdf-text.ts';
import { expectNoAxeViolations } from './support.ts';

type Lang = 'fr' | 'en';
type Kind = 'candidate-brief' | 'jury-script' | 'evaluation-grid';

const locale = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../src/i18n/locales', name), 'utf8')) as Record<string, Record<string, unknown>>;
const strings = (lang: Lang) => ({
  core: locale(`${lang}.json`),
  report: locale(`report.${lang}.json`),
  docs: locale(`exam-documents.${lang}.json`).examDocs as { names: Record<Kind, string> },
});

function scenarioIn(id: string, lang: Lang): ResolvedScenario {
  const result = loadScenarioFile(join(SCENARIOS_DIR, `${id}.yaml`));
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.faults)}`);
  return resolveScenario(result.scenario, lang);
}

/**
 * Text compared without its whitespace: the PDF's text runs are joined by spaces wherever a line
 * wraps or a ligature or another font cuts a word, and NFKC folds non-breaking spaces and ligatures.
 */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
/** The first sentence of a text: enough to recognise it, short enough never to cross a page. */
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/u)[0]!;

async function openDocument(page: Page, kind: Kind, id: string, lang: Lang) {
  await page.addInitScript((l) => localStorage.setItem('evs.lang', l), lang);
  await page.goto(`/#examen/document/${kind}/${id}`);
  await expect(page.locator(`[data-document="${kind}"][data-document-ready="true"]`)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Prints the shown document as the command-line tool does, and reads it back page by page. */
async function printDocument(page: Page): Promise<PdfPage[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return readPdf(pdf);
}

/**
 * Checks that every page is A4 and carries "n / N" and the running header, and returns the
 * document's text without them (squashed), pages joined, so a paragraph cut by a page reads whole.
 */
function bodyText(pages: PdfPage[], header: string): string {
  expect(pages.length).toBeGreaterThan(0);
  return pages
    .map((page) => {
      const text = squash(page.text);
      const number = `${page.number}/${pages.length}`;
      expect(isA4(page), `page ${page.number} is A4 portrait`).toBe(true);
      expect(text, `page ${page.number} shows its running header`).toContain(squash(header));
      expect(text, `page ${page.number} shows "${page.number} / ${pages.length}"`).toContain(number);
      const withoutHeader = text.replace(squash(header), '');
      const at = withoutHeader.indexOf(number);
      return withoutHeader.slice(0, at) + withoutHeader.slice(at + number.length);
    })
    .join('');
}

const CASES = [
  { id: 'btoc-tech-digital-product', disability: true },
  { id: 'btob-industry-product', disability: false },
] as const;

for (const { id, disability } of CASES) {
  for (const lang of ['fr', 'en'] as const) {
    test(`${id} (${lang}): the three documents print on A4, every page numbered and headed, each with what it must and must not hold`, async ({ page }) => {
      const scenario = scenarioIn(id, lang);
      const { core, report, docs } = strings(lang);
      const header = (kind: Kind) => `${docs.names[kind]} — ${scenario.title}`;
      expect(!!scenario.persona.disability).toBe(disability);

      // The jury's script: the six stages, every objection and every buying signal of the scenario.
      await openDocument(page, 'jury-script', id, lang);
      await expect(page.locator('[data-document="jury-script"] h1')).toHaveText(scenario.title);
      const script = bodyText(await printDocument(page), header('jury-script'));
      for (const n of [1, 2, 3, 4, 5, 6]) expect(script, `stage ${n}`).toContain(squash((core.stages as Record<string, string>)[n]!));
      for (const objection of scenario.objections) {
        expect(script, objection.id).toContain(squash(objection.label ?? objection.reason));
        expect(script, objection.id).toContain(squash(objection.dispelledBy));
      }
      for (const signal of scenario.buyingSignals) expect(script, signal.id).toContain(squash(signal.description));
      expect(script).toContain(squash(scenario.persona.howToPlay));
      if (scenario.persona.disability) expect(script).toContain(squash(scenario.persona.disability.goodPractice));
      // What the brief must not show is there, in the jury's hands: the checks below are not vacuous.
      for (const need of scenario.needs) expect(script, need.id).toContain(squash(firstSentence(need.detail)));

      // The candidate's brief: the offer and its prices, none of the client's hidden side.
      await page.goto('about:blank');
      await openDocument(page, 'candidate-brief', id, lang);
      const brief = bodyText(await printDocument(page), header('candidate-brief'));
      expect(brief).toContain(squash(scenario.brief.offer.name));
      for (const price of scenario.brief.offer.prices) {
        expect(brief).toContain(squash(price.label));
        expect(brief).toContain(squash(price.detail));
      }
      expect(brief).toContain(squash(scenario.brief.objective));
      const publicText = squash(JSON.stringify(scenario.brief));
      for (const need of scenario.needs) {
        expect(brief, `need ${need.id}: its detail`).not.toContain(squash(firstSentence(need.detail)));
        // A label the brief itself happens to contain (a public fact) is not a leak.
        if (!publicText.includes(squash(need.label))) expect(brief, `need ${need.id}: its label`).not.toContain(squash(need.label));
      }
      for (const objection of scenario.objections) expect(brief, `objection ${objection.id}: its reason`).not.toContain(squash(firstSentence(objection.reason)));
      expect(brief, 'how to play the persona').not.toContain(squash(firstSentence(scenario.persona.howToPlay)));
      expect(brief, 'the persona’s budget').not.toContain(squash(firstSentence(scenario.persona.budget)));
      for (const signal of scenario.buyingSignals) expect(brief, `signal ${signal.id}`).not.toContain(squash(firstSentence(signal.description)));

      // The evaluation grid: the twenty criteria and the five competences.
      await page.goto('about:blank');
      await openDocument(page, 'evaluation-grid', id, lang);
      const gridPages = await printDocument(page);
      const grid = bodyText(gridPages, header('evaluation-grid'));
      for (const criterion of CRITERIA) expect(grid, criterion).toContain(squash(`${criterion} —`));
      for (const [competence, name] of Object.entries(report.competences as Record<string, string>)) expect(grid, competence).toContain(squash(name));
      expect(gridPages.length, 'the grid stays a few pages long').toBeLessThanOrEqual(5);
    });
  }
}

test('on screen: Print calls the browser’s print, Back returns to the desk, and printing shows the document alone', async ({ page }) => {
  await openDocument(page, 'jury-script', 'btoc-tech-digital-product', 'fr');
  const pageStyles = () => page.evaluate(() => [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('@top-left')).length);
  expect(await pageStyles()).toBe(1);
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { __printed: boolean }).__printed = true;
    };
  });
  await page.getByRole('button', { name: 'Imprimer' }).click();
  expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.document-toolbar')).toBeHidden();
  await expect(page.locator('[data-document="jury-script"]')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: "Retour au bureau de l'examinateur" }).click();
  await expect(page).toHaveURL(/#examen$/);
  await expect(page.locator('[data-document]')).toHaveCount(0);
  // The running header belongs to the document: it leaves with it.
  expect(await pageStyles()).toBe(0);
});

test('an unknown scenario shows an alert, never a document ready to print', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('evs.lang', 'en'));
  await page.goto('/#examen/document/evaluation-grid/btob-no-such-thing');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveAttribute('data-document-error', 'true');
  await expect(alert).toContainText('btob-no-such-thing');
  await expect(page.locator('[data-document-ready]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print' })).toHaveCount(0);
  await page.getByRole('button', { name: "Back to the examiner's desk" }).click();
  await expect(page).toHaveURL(/#examen$/);
});

for (const kind of ['jury-script', 'evaluation-grid', 'candidate-brief'] as const) {
  test(`the ${kind} passes an axe scan on screen`, async ({ page }) => {
    await openDocument(page, kind, 'btoc-tech-digital-product', 'en');
    await expectNoAxeViolations(page, kind);
  });
}
