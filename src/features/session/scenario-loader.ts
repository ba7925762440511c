import { useEffect, useState } from 'react';
import { formatFault } from '../../domain/scenario/faults.ts';
import { validateScenario } from '../../domain/scenario/load.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';

// One chunk per scenario, fetched only when a learner opens it.
const modules = import.meta.glob<{ default: unknown }>('/scenarios/*.yaml');

/** No scenario has this id in this version of the app (an old link, a typing mistake). */
export class UnknownScenarioError extends Error {
  constructor(readonly id: string) {
    super(`unknown scenario "${id}"`);
  }
}

export async function loadScenario(id: string): Promise<Scenario> {
  const load = modules[`/scenarios/${id}.yaml`];
  if (!load) throw new UnknownScenarioError(id);
  const { default: data } = await load();
  const result = validateScenario(data, `scenarios/${id}.yaml`);
  if (!result.ok) throw new Error(result.faults.map(formatFault).join('\n'));
  return result.scenario;
}

export type ScenarioState = { status: 'loading' } | { status: 'error'; message: string; unknown: boolean } | { status: 'ready'; scenario: Scenario };

export function useScenario(id: string): ScenarioState {
  const [state, setState] = useState<ScenarioState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadScenario(id).then(
      (scenario) => live && setState({ status: 'ready', scenario }),
      (error: unknown) =>
        live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error), unknown: error instanceof UnknownScenarioError }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
