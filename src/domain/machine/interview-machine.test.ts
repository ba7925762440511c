import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { minimalScenario } from '../../../tests/support/fixtures.ts';
import { createInterviewMachine, type InterviewMoment } from './interview-machine.ts';
import { offeredOptions } from './interview-record.ts';

const scenario = minimalScenario();
const start = (announce: (m: InterviewMoment) => void = () => {}) =>
  createActor(createInterviewMachine(scenario).provide({ actions: { announce: (_, moment) => announce(moment) } })).start();

describe('the interview machine of a scenario', () => {
  it('opens on stage 1 with the client’s first line recorded', () => {
    const snapshot = start().getSnapshot();
    expect(snapshot.hasTag('stage-1')).toBe(true);
    expect(snapshot.context.turnId).toBe('t1');
    // The opening line only shows a non-verbal cue, so its words count as a statement.
    expect(snapshot.context.events.map((e) => [e.speaker, e.stage, e.act])).toEqual([
      ['client', 1, 'statement'],
      ['client', 1, 'cue'],
    ]);
  });

  it('records the learner’s acts and the client’s reply, then moves on', () => {
    const actor = start();
    actor.send({ type: 'learner.choose', optionId: 't1-best' });
    const { context } = actor.getSnapshot();
    expect(context.turnId).toBe('t2');
    expect(context.stage).toBe(2);
    expect(context.trust).toBe(55);
    const acts = context.events.map((e) => e.act);
    expect(acts).toEqual(['statement', 'cue', 'open-question', 'reveals-need', 'cue']);
    expect(context.events[2]!.seconds).toBeGreaterThan(0);
    expect(context.transcript.map((t) => t.speaker)).toEqual(['client', 'learner', 'client']);
  });

  it('ignores a reply that is not offered at this turn', () => {
    const actor = start();
    actor.send({ type: 'learner.choose', optionId: 't2-best' });
    expect(actor.getSnapshot().context.events).toHaveLength(2);
  });

  it('offers a reformulation only once its need has been expressed', () => {
    const withNeed = start();
    withNeed.send({ type: 'learner.choose', optionId: 't1-best' });
    expect(offeredOptions(scenario, withNeed.getSnapshot().context).map((o) => o.id)).toContain('t2-reform');
    const without = start();
    without.send({ type: 'learner.choose', optionId: 't1-closed' });
    expect(offeredOptions(scenario, without.getSnapshot().context).map((o) => o.id)).not.toContain('t2-reform');
  });

  it('gives the resolving reply only when the objection was probed first', () => {
    const play = (first: string) => {
      const actor = start();
      for (const id of ['t1-best', 't2-best', 't3-best', 't4-best', 't5-best', first, 't7-best']) actor.send({ type: 'learner.choose', optionId: id });
      return actor.getSnapshot().context.events.filter((e) => e.act === 'objection-resolved' || e.act === 'objection-persists').map((e) => e.act);
    };
    expect(play('t6-best')).toEqual(['objection-resolved', 'objection-resolved']);
    expect(play('t6-answer')).toEqual(['objection-persists', 'objection-resolved', 'objection-persists']);
  });

  it('ends with the log as output, and announces start, client acts and end', () => {
    const announce = vi.fn();
    const actor = start(announce);
    for (const id of ['t1-best', 't2-best', 't3-best', 't4-best', 't5-best', 't6-best', 't7-best', 't8-best', 't9-best']) {
      actor.send({ type: 'learner.choose', optionId: id });
    }
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toMatchObject({ format: 'interview-log/1', scenario: scenario.id, outcome: 'completed' });
    const kinds = announce.mock.calls.map(([m]) => m.kind);
    expect(kinds[0]).toBe('start');
    expect(kinds.at(-1)).toBe('end');
    expect(announce.mock.calls.some(([m]) => m.kind === 'client-acts' && m.acts.some((a: { act: string }) => a.act === 'objection'))).toBe(true);
  });

  it('can be abandoned or stopped by the clock at any turn', () => {
    const abandoned = start();
    abandoned.send({ type: 'learner.choose', optionId: 't1-best' });
    abandoned.send({ type: 'learner.abandon' });
    expect(abandoned.getSnapshot().status).toBe('done');
    expect(abandoned.getSnapshot().context.outcome).toBe('abandoned');
    const timedOut = start();
    timedOut.send({ type: 'clock.expired' });
    expect(timedOut.getSnapshot().context.outcome).toBe('timed-out');
  });
});

describe('opening lines that depend on the interview so far', () => {
  const through = (choices: string[]) => {
    const actor = start();
    for (const optionId of choices) actor.send({ type: 'learner.choose', optionId });
    return actor.getSnapshot().context;
  };
  const toClosing = ['t2-best', 't3-best', 't4-best', 't5-best', 't6-best', 't7-best'];

  it('gives the buying signal when trust has been earned', () => {
    const record = through(['t1-best', ...toClosing]);
    expect(record.turnId).toBe('t8');
    expect(record.events.at(-1)).toMatchObject({ act: 'buying-signal', id: 'asks-start' });
    expect(record.transcript.at(-1)).toMatchObject({ speaker: 'client', turn: 't8', variant: 0 });
  });

  it('withholds it from a client who was interrupted', () => {
    const record = through(['t1-cut', ...toClosing]);
    expect(record.events.some((e) => e.act === 'buying-signal')).toBe(false);
    expect(record.transcript.at(-1)).toMatchObject({ speaker: 'client', turn: 't8', variant: 1 });
  });
});
