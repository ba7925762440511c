/**
 * `npm run exam-pack -- --out DIR [--lang fr|en] [--scenario ID]`: the exam documents of every
 * scenario (or one) as PDF files, DIR/ID/candidate-brief.pdf, jury-script.pdf and
 * evaluation-grid.pdf, printed by Chromium from the very pages the app prints
 * (`#examen/document/<kind>/<id>`), so that an exam room can have them on paper or offline.
 *
 * It serves the built app (dist/, or $EXAM_PACK_DIST), building it first when it is missing or
 * older than its sources. Exit status: 0 done, 1 a faulty scenario or a document that could not
 * be made, 2 bad usage.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { build } from 'vite';
import { EXAM_DOCUMENTS, type ExamDocumentKind } from '../app/route.ts';
import { CHROMIUM_ARGS } from '../build/chromium-args.ts';
import { formatFault } from '../domain/scenario/faults.ts';
import type { Language } from '../domain/scenario/text.ts';
import { EXAM_PACK_USAGE, parseExamPackArgs } from './exam-pack-args.ts';
import { loadAllScenarios, PROJECT_ROOT, scenarioFiles } from './scenario-files.ts';

/** Where the built app is (undocumented for users; tests point it at their own build). */
const DIST = resolve(PROJECT_ROOT, process.env.EXAM_PACK_DIST || 'dist');
/** What the build is made from: the build is stale when any of these is newer than its index.html. */
const SOURCES = ['src', 'scenarios', 'public', 'index.html', 'vite.config.ts'];
const DOCUMENT_TIMEOUT_MS = 30_000;

/** A failure to report on stderr with exit status 1. */
class PackFailure extends Error {}

const say = (line: string) => process.stdout.write(`${line}\n`);
/** A path as short as it can be said: from here when it is below here, else in full. */
const shown = (path: string) => {
  const fromHere = relative(process.cwd(), path);
  return fromHere === '' ? '.' : fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
};

/** The newest modification time of a file or of any file under a folder (0 when absent). */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    // A file may vanish between the listing and its stat (an editor saving it): it then counts for nothing.
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  }
  return newest;
}

async function ensureBuilt(): Promise<void> {
  const index = join(DIST, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : -1;
  const sourcesAt = Math.max(...SOURCES.map((source) => newestChange(join(PROJECT_ROOT, source))));
  if (builtAt >= sourcesAt) return;
  say(`exam-pack: building the app into ${shown(DIST)} (${builtAt < 0 ? 'no build there' : 'older than its sources'})…`);
  // Files are added, none removed: a server may be serving this folder at the same time.
  await build({ root: PROJECT_ROOT, logLevel: 'error', build: { outDir: DIST, emptyOutDir: false } });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
};

/** A static file server for the built app, on a free port of 127.0.0.1. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const fail = (status: number) => response.writeHead(status).end();
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405);
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return fail(400);
    }
    const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(`${dir}${sep}`) || !existsSync(file) || !statSync(file).isFile()) return fail(404);
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', ready);
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Chromium's path, as the end-to-end tests find it (and install it, when root on Debian). */
function chromiumPath(): string {
  const script = join(PROJECT_ROOT, 'src/build/ensure-chromium.mjs');
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const path = result.stdout?.trim();
  if (result.status !== 0 || !path) throw new PackFailure('no Chromium to print with (see above)');
  return path;
}

/** How many pages a PDF written by Chromium has: its page objects. */
function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** Prints one document of one scenario to `path`; gives its number of pages. */
async function printDocument(context: BrowserContext, url: string, kind: ExamDocumentKind, scenarioId: string, path: string): Promise<number> {
  const what = `${kind} of ${scenarioId}`;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const withErrors = (message: string) => (errors.length > 0 ? `${message}; the page said: ${errors.join(' | ')}` : message);
  try {
    await page.goto(`${url}/#examen/document/${kind}/${scenarioId}`);
    try {
      await page.locator('[data-document-ready="true"], [data-document-error="true"]').first().waitFor({ state: 'attached', timeout: DOCUMENT_TIMEOUT_MS });
    } catch {
      throw new PackFailure(withErrors(`the ${what} was not ready after ${DOCUMENT_TIMEOUT_MS / 1000} s`));
    }
    const refused = page.locator('[data-document-error="true"]');
    if ((await refused.count()) > 0) {
      const text = ((await refused.first().textContent()) ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      throw new PackFailure(withErrors(`the app could not make the ${what}${text ? `: ${text}` : ''}`));
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.emulateMedia({ media: 'print' });
    // A4 unless the page's CSS says otherwise (it does, with @page).
    return pdfPageCount(await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true }));
  } finally {
    await page.close();
  }
}

async function pack(outDir: string, lang: Language, scenarioIds: readonly string[]): Promise<void> {
  const out = resolve(outDir);
  await ensureBuilt();
  const executablePath = chromiumPath();
  const { server, url } = await serve(DIST);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }).catch((error: unknown) => {
    server.close();
    throw error;
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // The app's language is the one stored under this key (see src/i18n/i18n.ts).
    await context.addInitScript((language) => localStorage.setItem('evs.lang', language), lang);
    let written = 0;
    for (const id of scenarioIds) {
      mkdirSync(join(out, id), { recursive: true });
      for (const kind of EXAM_DOCUMENTS) {
        const pages = await printDocument(context, url, kind, id, join(out, id, `${kind}.pdf`));
        say(`${id}/${kind}.pdf — ${pages} page${pages === 1 ? '' : 's'}`);
        written++;
      }
    }
    say(`exam-pack: ${written} document${written === 1 ? '' : 's'} (${lang}) for ${scenarioIds.length} scenario${scenarioIds.length === 1 ? '' : 's'} in ${outDir}`);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const knownIds = scenarioFiles().map((file) => basename(file, '.yaml'));
  const args = parseExamPackArgs(argv, knownIds);
  if (args.kind === 'help') {
    say(EXAM_PACK_USAGE);
    return 0;
  }
  if (args.kind === 'usage-error') {
    process.stderr.write(`exam-pack: ${args.message}\n${EXAM_PACK_USAGE}\n`);
    return 2;
  }
  const { out, lang, scenario } = args.options;

  const { scenarios, faults } = loadAllScenarios();
  if (faults.length > 0) {
    for (const fault of faults) process.stderr.write(`${formatFault(fault)}\n`);
    process.stderr.write(`exam-pack: ${faults.length} fault(s) in the scenario files: no document written\n`);
    return 1;
  }
  const chosen = scenarios.filter((s) => scenario === undefined || s.id === scenario);
  const written = chosen.filter((s) => s.languages.includes(lang));
  for (const s of chosen) if (!written.includes(s)) process.stderr.write(`exam-pack: scenario "${s.id}" is not written in "${lang}": skipped\n`);
  if (written.length === 0) {
    process.stderr.write(`exam-pack: no scenario to print in "${lang}"\n`);
    return 2;
  }

  try {
    await pack(out, lang, written.map((s) => s.id));
    return 0;
  } catch (error) {
    process.stderr.write(`exam-pack: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
