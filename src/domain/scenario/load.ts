import { parseDocument } from 'yaml';
import { SCENARIO_FORMAT, scenarioSchema, type Scenario } from './schema.ts';
import { pathToString, type ScenarioFault } from './faults.ts';
import { checkIntegrity } from './integrity.ts';

export type ScenarioLoadResult = { ok: true; scenario: Scenario } | { ok: false; faults: ScenarioFault[] };

/** Validates an already-parsed value as a scenario: schema first, then the cross-references. */
export function validateScenario(value: unknown, file: string): ScenarioLoadResult {
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== SCENARIO_FORMAT) {
    return {
      ok: false,
      faults: [{ code: 'SC003', file, path: 'format', message: `expected "${SCENARIO_FORMAT}", got ${JSON.stringify(format)}` }],
    };
  }
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      faults: parsed.error.issues.map((issue) => ({ code: 'SC002', file, path: pathToString(issue.path), message: issue.message })),
    };
  }
  const faults = checkIntegrity(parsed.data, file);
  return faults.length > 0 ? { ok: false, faults } : { ok: true, scenario: parsed.data };
}

/** Reads the YAML text of a scenario file. `file` names it in every fault. */
export function parseScenarioText(text: string, file: string): ScenarioLoadResult {
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) {
    const [error] = document.errors;
    const line = error?.linePos?.[0];
    return {
      ok: false,
      faults: [{ code: 'SC001', file, path: line ? `line ${line.line}` : '', message: error?.message ?? 'unreadable YAML' }],
    };
  }
  return validateScenario(document.toJS(), file);
}
