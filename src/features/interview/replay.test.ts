import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../../../tests/support/fixtures.ts';
import { createInterviewMachine } from '../../domain/machine/interview-machine.ts';
import { replayInterview } from './replay.ts';

const machine = createInterviewMachine(minimalScenario());

describe('replaying a stored interview', () => {
  it('rebuilds the same record as playing it live', () => {
    const { actor, replayed } = replayInterview(machine, { choices: ['t1-best', 't2-jargon', 't3-best'], endedBy: null });
    expect(replayed).toBe(3);
    expect(actor.getSnapshot().context.turnId).toBe('t4');
    expect(actor.getSnapshot().context.chosen).toEqual(['t1-best', 't2-jargon', 't3-best']);
  });

  it('stops at a reply the scenario no longer has', () => {
    const { actor, replayed } = replayInterview(machine, { choices: ['t1-best', 'gone', 't3-best'], endedBy: null });
    expect(replayed).toBe(1);
    expect(actor.getSnapshot().context.turnId).toBe('t2');
  });

  it('restores an abandoned interview as ended', () => {
    const { actor } = replayInterview(machine, { choices: ['t1-best'], endedBy: 'abandoned' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.outcome).toBe('abandoned');
  });
});
