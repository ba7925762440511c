import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../../src/cli/scenario-files.ts';
import { minimalScenario } from '../support/fixtures.ts';
import { interviewGraph } from '../support/scenario-graph.ts';

const { scenarios, faults } = loadAllScenarios();
const all = [minimalScenario(), ...scenarios];

describe('model-based: every path through every scenario', () => {
  it('loads every scenario file without fault', () => {
    expect(faults).toEqual([]);
  });

  describe.each(all.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
    const states = interviewGraph(scenario);

    it('has no dead end: every state either ends the interview or offers a reply that moves on', () => {
      for (const { state, transitions } of states) {
        if (state.status === 'done') continue;
        expect(Object.keys(transitions).length, `stuck at ${state.context.turnId}`).toBeGreaterThan(0);
        for (const { state: next } of Object.values(transitions)) {
          expect(next.context.transcript.length).toBeGreaterThan(state.context.transcript.length);
        }
      }
    });

    it('reaches every stage and ends on every path', () => {
      const stages = new Set(states.map(({ state }) => state.context.stage));
      expect([...stages].sort()).toEqual([1, 2, 3, 4, 5, 6]);
      expect(states.some(({ state }) => state.status === 'done')).toBe(true);
      // The choices only move forward (each one adds to the transcript), so a finite graph
      // without dead ends means that every path ends.
      const turns = new Set(states.map(({ state }) => state.context.turnId));
      const allTurns = scenario.stages.flatMap((s) => s.turns.map((t) => t.id));
      expect([...turns].sort()).toEqual([...allTurns].sort());
    });
  });
});
