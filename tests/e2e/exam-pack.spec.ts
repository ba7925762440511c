import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXAM_DOCUMENTS, type ExamDocumentKind } from '../../src/app/route.ts';
import { PROJECT_ROOT } from '../../src/cli/scenario-files.ts';
import { resolveScenario, type ResolvedScenario } from '../../src/domain/scenario/resolve.ts';
import type { Language } from '../../src/domain/scenario/text.ts';
import { isA4, readPdf, type PdfPage } from '../support/pdf-text.ts';
import { scenarios } from './support.ts';

// Drives `npm run exam-pack` as a person would, then reads the PDFs it wrote. The tool prints from
// the build these tests use (E2E_DIST), rebuilding it first if it is older than the sources.

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function examPack(...args: string[]): Promise<Run> {
  const env = { ...process.env, ...(process.env.E2E_DIST ? { EXAM_PACK_DIST: process.env.E2E_DIST } : {}) };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/exam-pack.ts', ...args], { cwd: PROJECT_ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, failed) => {
    child.on('error', failed);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const explain = (run: Run) => `status ${run.status}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;

/** Text compared without its white space: line breaks and text runs fall anywhere in a PDF. */
const compact = (text: string) => text.replace(/\s+/g, '');

const stageNames = (lang: Language): string[] => {
  const locale = JSON.parse(readFileSync(join(PROJECT_ROOT, `src/i18n/locales/${lang}.json`), 'utf8')) as { stages: Record<string, string> };
  return [1, 2, 3, 4, 5, 6].map((n) => locale.stages[String(n)]!);
};

/** The pages' text without the running header's title nor the page numbers, in one piece. */
function bodyText(pages: PdfPage[], title: string): string {
  return pages.map((page) => compact(page.text).split(compact(title)).join('').split(`${page.number}/${pages.length}`).join('')).join('');
}

/** Checks one scenario's three PDFs, in the language they were asked in. */
async function checkScenarioPack(dir: string, scenario: ResolvedScenario, lang: Language, printed: string) {
  const pdfs = {} as Record<ExamDocumentKind, PdfPage[]>;
  for (const kind of EXAM_DOCUMENTS) {
    const file = `${scenario.id}/${kind}.pdf`;
    const pages = await readPdf(join(dir, file));
    pdfs[kind] = pages;
    expect(pages.length, file).toBeGreaterThan(0);
    expect(printed, 'the tool tells each file and its number of pages').toContain(`${file} — ${pages.length} page`);
    for (const page of pages) {
      const where = `${file}, page ${page.number}`;
      expect(isA4(page), `${where} is A4 (${page.width} × ${page.height})`).toBe(true);
      expect(page.text, `${where} is numbered`).toMatch(new RegExp(`(^|\\D)${page.number}\\s*/\\s*${pages.length}(\\D|$)`));
      expect(compact(page.text), `${where} has the scenario's title in its running header`).toContain(compact(scenario.title));
    }
  }

  const script = bodyText(pdfs['jury-script'], scenario.title);
  for (const name of stageNames(lang)) expect(script, `jury script of ${scenario.id}: stage "${name}"`).toContain(compact(name));
  for (const objection of scenario.objections) {
    const shown = objection.label ?? objection.reason;
    expect(script, `jury script of ${scenario.id}: objection ${objection.id}`).toContain(compact(shown));
  }
  for (const signal of scenario.buyingSignals) expect(script, `jury script of ${scenario.id}: signal ${signal.id}`).toContain(compact(signal.description));

  const brief = bodyText(pdfs['candidate-brief'], scenario.title);
  for (const need of scenario.needs) expect(brief, `candidate brief of ${scenario.id} gives away need ${need.id}`).not.toContain(compact(need.detail));

  const grid = bodyText(pdfs['evaluation-grid'], scenario.title);
  for (let c = 1; c <= 5; c++) for (let k = 1; k <= 4; k++) expect(grid, `evaluation grid of ${scenario.id}`).toContain(`C${c}.${k}`);
}

test('every scenario gets its three documents in French, A4, numbered, with the jury material and without the hidden needs', async ({}, testInfo) => {
  test.setTimeout(12 * 60_000);
  const out = testInfo.outputPath('pack-fr');
  const run = await examPack('--out', out);
  expect(run.status, explain(run)).toBe(0);
  expect(readdirSync(out).sort()).toEqual(scenarios.map((s) => s.id).sort());
  for (const scenario of scenarios) {
    expect(readdirSync(join(out, scenario.id)).sort(), scenario.id).toEqual(EXAM_DOCUMENTS.map((kind) => `${kind}.pdf`).sort());
    await checkScenarioPack(out, resolveScenario(scenario, 'fr'), 'fr', run.stdout);
  }
  expect(run.stdout).toContain(`${scenarios.length * 3} documents (fr) for ${scenarios.length} scenarios`);
});

test('one scenario in English with --lang en --scenario ID', async ({}, testInfo) => {
  test.setTimeout(4 * 60_000);
  const scenario = scenarios.find((s) => s.id === 'btob-industry-product') ?? scenarios[0]!;
  const out = testInfo.outputPath('pack-en');
  const run = await examPack('--out', out, '--lang', 'en', '--scenario', scenario.id);
  expect(run.status, explain(run)).toBe(0);
  expect(readdirSync(out)).toEqual([scenario.id]);
  await checkScenarioPack(out, resolveScenario(scenario, 'en'), 'en', run.stdout);
  // English indeed: the French stage names are not there.
  const script = (await readPdf(join(out, scenario.id, 'jury-script.pdf'))).map((p) => p.text).join(' ');
  expect(script).not.toContain(stageNames('fr')[1]!);
});

test('bad usage stops with status 2, says what is wrong and writes nothing', async ({}, testInfo) => {
  const out = testInfo.outputPath('never-written');
  const missingOut = await examPack('--lang', 'en', '--scenario', scenarios[0]!.id);
  expect(missingOut.status, explain(missingOut)).toBe(2);
  expect(missingOut.stderr).toMatch(/--out DIR is required/);
  expect(missingOut.stderr).toMatch(/usage: exam-pack --out DIR/);

  const unknown = await examPack('--out', out, '--scenario', 'btob-nowhere-product');
  expect(unknown.status, explain(unknown)).toBe(2);
  expect(unknown.stderr).toContain('unknown scenario "btob-nowhere-product"');
  expect(unknown.stderr).toContain(scenarios[0]!.id);
  expect(unknown.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
});
