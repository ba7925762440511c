import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../../src/cli/scenario-files.ts';
import { playInterview, policyFor } from '../../src/domain/play/play.ts';

/**
 * A golden walkthrough per scenario: the best replies in order, with what each exchange counted
 * as. A change to a scenario that alters its best path shows here, to be reviewed and then
 * accepted with `npx vitest run -u`.
 */
const { scenarios } = loadAllScenarios();

describe.each(scenarios.map((s) => [s.id, s] as const))('%s walkthrough', (id, scenario) => {
  it('follows the recorded best path', async () => {
    const record = playInterview(scenario, policyFor('best'));
    const steps = record.chosen.map((option) => ({
      option,
      acts: record.events.filter((e) => 'option' in e && e.option === option).map((e) => `${e.speaker}:${e.act}`),
    }));
    await expect(`${JSON.stringify({ scenario: id, trust: record.trust, steps }, null, 2)}\n`).toMatchFileSnapshot(`../walkthroughs/${id}.best.json`);
  });
});
