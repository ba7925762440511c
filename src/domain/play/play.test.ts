import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../../../tests/support/fixtures.ts';
import { evaluate } from '../evaluator/evaluate.ts';
import { parseInterviewLog } from '../interview-log/log.ts';
import { playLog } from './play.ts';

describe('playing a scenario through its machine', () => {
  const scenario = minimalScenario();

  it('the best policy gives a valid log that meets all 20 criteria', () => {
    const log = playLog(scenario, 'best');
    expect(parseInterviewLog(JSON.parse(JSON.stringify(log))).ok).toBe(true);
    const report = evaluate(log);
    const missed = Object.entries(report.criteria).filter(([, r]) => !r.met).map(([id]) => id);
    expect(missed).toEqual([]);
    expect(report.ready).toBe(true);
  });

  it('the random policy is repeatable for a seed and varies across seeds', () => {
    expect(playLog(scenario, 'random', 7)).toEqual(playLog(scenario, 'random', 7));
    const logs = new Set([1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(playLog(scenario, 'random', seed))));
    expect(logs.size).toBeGreaterThan(1);
  });
});
