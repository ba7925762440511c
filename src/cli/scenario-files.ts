import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScenarioFault } from '../domain/scenario/faults.ts';
import { parseScenarioText, type ScenarioLoadResult } from '../domain/scenario/load.ts';
import type { Scenario } from '../domain/scenario/schema.ts';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SCENARIOS_DIR = join(PROJECT_ROOT, 'scenarios');

export function scenarioFiles(dir = SCENARIOS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

/** Loads one scenario file; a file in scenarios/ must also be named after its id. */
export function loadScenarioFile(path: string): ScenarioLoadResult {
  const file = relative(process.cwd(), path) || path;
  const result = parseScenarioText(readFileSync(path, 'utf8'), file);
  if (!result.ok) return result;
  const expected = basename(path, '.yaml');
  if (resolve(path, '..') === SCENARIOS_DIR && result.scenario.id !== expected) {
    const fault: ScenarioFault = { code: 'SC004', file, path: 'id', message: `the file is named "${expected}" but the id is "${result.scenario.id}"` };
    return { ok: false, faults: [fault] };
  }
  return result;
}

export function loadAllScenarios(dir = SCENARIOS_DIR): { scenarios: Scenario[]; faults: ScenarioFault[] } {
  const scenarios: Scenario[] = [];
  const faults: ScenarioFault[] = [];
  for (const path of scenarioFiles(dir)) {
    const result = loadScenarioFile(path);
    if (result.ok) scenarios.push(result.scenario);
    else faults.push(...result.faults);
  }
  return { scenarios, faults };
}
