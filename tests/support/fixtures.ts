import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../../src/domain/scenario/load.ts';
import type { Scenario } from '../../src/domain/scenario/schema.ts';

export const fixturePath = (relative: string) => fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));

/** The minimal valid scenario of tests/fixtures, parsed; fails loudly if it is not valid. */
export function minimalScenario(): Scenario {
  const result = parseScenarioText(readFileSync(fixturePath('scenarios/minimal.yaml'), 'utf8'), 'minimal.yaml');
  if (!result.ok) throw new Error(`minimal.yaml is invalid: ${JSON.stringify(result.faults)}`);
  return result.scenario;
}
