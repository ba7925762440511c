#!/usr/bin/env node
// Bundle budget: the JavaScript that the first screen loads must stay under a
// gzipped size (130 KB by default). Run after `vite build` (with
// `build.manifest: true`):
//
//   node src/build/check-budget.mjs [--budget-kb N] [--dist DIR]
//
// First-screen JavaScript = the manifest's entry chunks (`isEntry: true`) plus,
// recursively, their static `imports` (not `dynamicImports`), each counted once.
// Sizes are gzip level 9. Dynamic chunks whose name contains "scenario" are
// listed for information only. Exit code 1 when over budget or when the
// manifest is missing or unreadable.

import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DEFAULT_BUDGET_KB = 130;

function fail(message) {
  console.error(`check-budget: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { budgetKb: DEFAULT_BUDGET_KB, dist: 'dist' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') fail(`${flag} needs a value`);
      return v;
    };
    if (flag === '--budget-kb') {
      const raw = value();
      const n = Number(raw);
      if (!Number.isFinite(n) || n <= 0) fail(`--budget-kb must be a positive number, got "${raw}"`);
      options.budgetKb = n;
    } else if (flag === '--dist') {
      options.dist = value();
    } else if (flag === '--help' || flag === '-h') {
      console.log('usage: node src/build/check-budget.mjs [--budget-kb N] [--dist DIR]');
      process.exit(0);
    } else {
      fail(`unknown argument "${arg}" (usage: [--budget-kb N] [--dist DIR])`);
    }
  }
  return options;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const isJs = (file) => /\.(m?js)$/.test(file);

function sizeOf(distDir, file) {
  const path = resolve(distDir, file);
  if (!existsSync(path)) fail(`${file} is listed in the manifest but ${path} does not exist (stale build?)`);
  const content = readFileSync(path);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function printTable(rows) {
  const width = Math.max(4, ...rows.map((r) => r.file.length));
  console.log(`${'file'.padEnd(width)}  ${'raw KB'.padStart(9)}  ${'gzip KB'.padStart(9)}`);
  for (const r of rows) {
    console.log(`${r.file.padEnd(width)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}`);
  }
  return width;
}

const options = parseArgs(process.argv.slice(2));
const distDir = resolve(process.cwd(), options.dist);
const manifestPath = resolve(distDir, '.vite/manifest.json');

if (!existsSync(manifestPath)) {
  fail(
    `${manifestPath} is missing. Run \`vite build\` first, with \`build.manifest: true\` in vite.config.ts.`,
  );
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
} catch (error) {
  fail(`cannot read ${manifestPath}: ${error instanceof Error ? error.message : String(error)}`);
}
if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
  fail(`${manifestPath} is not a Vite manifest (expected an object of chunks).`);
}

const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
if (entryKeys.length === 0) fail(`${manifestPath} has no entry chunk (isEntry: true).`);

// Entry chunks and, recursively, their static imports; each file once.
const initialFiles = [];
const seenKeys = new Set();
const stack = [...entryKeys].reverse();
while (stack.length > 0) {
  const key = stack.pop();
  if (seenKeys.has(key)) continue;
  seenKeys.add(key);
  const chunk = manifest[key];
  if (!chunk) fail(`the manifest refers to "${key}", which it does not contain.`);
  if (typeof chunk.file === 'string' && isJs(chunk.file) && !initialFiles.includes(chunk.file)) {
    initialFiles.push(chunk.file);
  }
  for (const imported of [...(chunk.imports ?? [])].reverse()) stack.push(imported);
}

const budgetBytes = options.budgetKb * 1024;
const rows = initialFiles.map((file) => ({ file, ...sizeOf(distDir, file) }));
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });

console.log(`First-screen JavaScript (${entryKeys.length} entr${entryKeys.length === 1 ? 'y' : 'ies'} + static imports):`);
const width = printTable(rows);
console.log(`${'-'.repeat(width + 22)}`);
console.log(`${'total'.padEnd(width)}  ${kb(total.raw).padStart(9)}  ${kb(total.gzip).padStart(9)}`);

// For information: lazily loaded scenario chunks.
const scenarioRows = [];
const seenScenarioFiles = new Set(initialFiles);
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk || typeof chunk.file !== 'string' || !isJs(chunk.file)) continue;
  if (chunk.isDynamicEntry !== true || seenScenarioFiles.has(chunk.file)) continue;
  const name = `${chunk.name ?? ''} ${basename(chunk.file)} ${chunk.src ?? key}`;
  if (!/scenario/i.test(name)) continue;
  seenScenarioFiles.add(chunk.file);
  scenarioRows.push({ file: chunk.file, ...sizeOf(distDir, chunk.file) });
}
if (scenarioRows.length > 0) {
  console.log('');
  console.log('Scenario chunks, loaded on demand (not counted in the budget):');
  printTable(scenarioRows);
}

console.log('');
if (total.gzip > budgetBytes) {
  console.error(
    `check-budget: FAIL: first-screen JavaScript is ${kb(total.gzip)} KB gzipped, over the budget of ${options.budgetKb} KB by ${kb(total.gzip - budgetBytes)} KB.`,
  );
  process.exit(1);
}
console.log(
  `check-budget: OK: first-screen JavaScript is ${kb(total.gzip)} KB gzipped, within the budget of ${options.budgetKb} KB (${kb(budgetBytes - total.gzip)} KB to spare).`,
);
