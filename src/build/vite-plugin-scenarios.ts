import type { Plugin } from 'vite';
import { formatFault } from '../domain/scenario/faults.ts';
import { summariseScenario } from '../domain/scenario/summary.ts';
import { loadAllScenarios, loadScenarioFile, SCENARIOS_DIR } from '../cli/scenario-files.ts';

const CATALOGUE_ID = 'virtual:scenario-catalogue';
const RESOLVED_CATALOGUE_ID = `\0${CATALOGUE_ID}`;

/**
 * Scenario files become data at build time: a small catalogue for the first screen, and one
 * JSON module per scenario, loaded on demand. A faulty scenario stops the build with its faults.
 */
export function scenariosPlugin(): Plugin {
  return {
    name: 'scenarios',
    resolveId(id) {
      return id === CATALOGUE_ID ? RESOLVED_CATALOGUE_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_CATALOGUE_ID) return null;
      const { scenarios, faults } = loadAllScenarios();
      if (faults.length > 0) this.error(faults.map(formatFault).join('\n'));
      this.addWatchFile(SCENARIOS_DIR);
      return `export default ${JSON.stringify(scenarios.map(summariseScenario))};`;
    },
    transform(_code, id) {
      if (!id.endsWith('.yaml') || !id.startsWith(SCENARIOS_DIR)) return null;
      const path = id.split('?')[0]!;
      const result = loadScenarioFile(path);
      if (!result.ok) this.error(result.faults.map(formatFault).join('\n'));
      return { code: `export default ${JSON.stringify(result.scenario)};`, map: null };
    },
  };
}
