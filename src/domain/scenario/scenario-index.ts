import type { Option, Scenario, Turn } from './schema.ts';

export interface ScenarioIndex {
  turns: Map<string, { turn: Turn; stage: number }>;
  options: Map<string, { option: Option; turnId: string }>;
  firstTurnId: string;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

/** Lookups by id over a validated scenario, built once per scenario object. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const turns: ScenarioIndex['turns'] = new Map();
  const options: ScenarioIndex['options'] = new Map();
  for (const stage of scenario.stages) {
    for (const turn of stage.turns) {
      turns.set(turn.id, { turn, stage: stage.number });
      for (const option of turn.options) options.set(option.id, { option, turnId: turn.id });
    }
  }
  const firstTurnId = scenario.stages[0]?.turns[0]?.id ?? '';
  const index = { turns, options, firstTurnId };
  cache.set(scenario, index);
  return index;
}

export function getTurn(scenario: Scenario, turnId: string): { turn: Turn; stage: number } {
  const entry = indexScenario(scenario).turns.get(turnId);
  if (!entry) throw new Error(`scenario ${scenario.id} has no turn "${turnId}"`);
  return entry;
}
