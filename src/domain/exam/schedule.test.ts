import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../../cli/scenario-files.ts';
import { scheduledStage, stageSlots } from './schedule.ts';

// Loaded once, outside the tests' time limit: parsing 20 scenarios takes seconds on a busy machine.
const { scenarios } = loadAllScenarios();
const stages = [3, 7, 7, 6, 4, 3].map((minutes, i) => ({ number: i + 1, minutes }));

describe('the stages laid out over the interview', () => {
  it('places each stage after the one before, for its time indication', () => {
    expect(stageSlots(stages).map((s) => [s.stage, s.startsAt / 60, s.endsAt / 60])).toEqual([
      [1, 0, 3], [2, 3, 10], [3, 10, 17], [4, 17, 23], [5, 23, 27], [6, 27, 30],
    ]);
  });

  it('expects the stage whose slot holds the moment; at a boundary, the next one; past the end, the last', () => {
    const slots = stageSlots(stages);
    expect(scheduledStage(slots, 0)).toBe(1);
    expect(scheduledStage(slots, 179)).toBe(1);
    expect(scheduledStage(slots, 180)).toBe(2);
    expect(scheduledStage(slots, 30 * 60 - 1)).toBe(6);
    expect(scheduledStage(slots, 45 * 60)).toBe(6);
  });

  it('fills the 30 minutes of the exam in every scenario', () => {
    for (const scenario of scenarios) {
      expect(stageSlots(scenario.stages).at(-1)?.endsAt, scenario.id).toBe(30 * 60);
    }
  });
});
