import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../interview-log/log.ts';
import { LOG_FORMAT } from '../interview-log/log.ts';
import { evaluate } from './evaluate.ts';
import type { CriterionId } from './criteria.ts';

type Draft = Record<string, unknown>;
const learner = (act: string, extra: Record<string, unknown> = {}, stage = 2): Draft => ({ stage, speaker: 'learner', seconds: 1, act, ...extra });
const client = (act: string, extra: Record<string, unknown> = {}, stage = 2): Draft => ({ stage, speaker: 'client', seconds: 1, act, ...extra });
const judge = (events: Draft[], id: CriterionId) => evaluate({ format: LOG_FORMAT, events: events as LogEvent[] }).criteria[id];
const times = (n: number, event: Draft) => Array.from({ length: n }, () => event);

describe('the evaluator, criterion by criterion at its threshold', () => {
  it('C1.1: 3 relevant open questions in stages 1–2', () => {
    const open = learner('open-question', { relevant: true });
    expect(judge(times(2, open), 'C1.1')).toMatchObject({ met: false, value: 2, threshold: 3 });
    expect(judge(times(3, open), 'C1.1').met).toBe(true);
    expect(judge([...times(2, open), learner('open-question', { relevant: true }, 3)], 'C1.1').met).toBe(false);
    expect(judge([...times(2, open), learner('open-question', { relevant: false })], 'C1.1').met).toBe(false);
  });

  it('C1.2: client talk at least half, active listening, no interruption', () => {
    const half = [client('statement', { seconds: 5 }), learner('active-listening', { seconds: 5 })];
    expect(judge(half, 'C1.2').met).toBe(true);
    expect(judge([client('statement', { seconds: 4 }), learner('active-listening', { seconds: 5 })], 'C1.2').met).toBe(false);
    expect(judge([client('statement', { seconds: 9 }), learner('statement', { seconds: 1 })], 'C1.2').missing).toEqual(['active-listening']);
    expect(judge([...half, learner('interruption', { seconds: 0 })], 'C1.2').met).toBe(false);
    expect(judge([], 'C1.2').value).toBe(0);
  });

  it('C1.3: 2 accurate reformulations', () => {
    const good = learner('reformulation', { need: 'a', accurate: true });
    expect(judge([good, learner('reformulation', { need: 'a', accurate: false })], 'C1.3').met).toBe(false);
    expect(judge([good, good], 'C1.3').met).toBe(true);
  });

  it('C1.4: comfort on both channels in stages 1–2, more comfort than discomfort', () => {
    const verbal = client('cue', { kind: 'comfort', channel: 'verbal' });
    const seen = client('cue', { kind: 'comfort', channel: 'non-verbal' });
    const unease = client('cue', { kind: 'discomfort', channel: 'verbal' });
    expect(judge([verbal, seen], 'C1.4').met).toBe(true);
    expect(judge([verbal, verbal], 'C1.4').missing).toEqual(['comfort-non-verbal']);
    expect(judge([verbal, seen, unease, unease], 'C1.4').met).toBe(false);
    expect(judge([verbal, seen, unease], 'C1.4').met).toBe(true);
    expect(judge([verbal, client('cue', { kind: 'comfort', channel: 'non-verbal' }, 3)], 'C1.4').met).toBe(false);
  });

  it('C2.1: arguments on 3 distinct needs, each expressed before', () => {
    const needs = ['a', 'b', 'c'].map((need) => client('reveals-need', { need }));
    const argue = (need: string) => learner('argument', { need }, 3);
    expect(judge([...needs, argue('a'), argue('b'), argue('c')], 'C2.1').met).toBe(true);
    expect(judge([...needs, argue('a'), argue('a'), argue('b')], 'C2.1').met).toBe(false);
    expect(judge([argue('a'), ...needs, argue('b'), argue('c')], 'C2.1').value).toBe(2);
  });

  it('C2.2: 2 examples on expressed needs', () => {
    const need = client('reveals-need', { need: 'a' });
    const example = learner('example', { need: 'a' });
    expect(judge([example, need, example], 'C2.2').met).toBe(false);
    expect(judge([need, example, example], 'C2.2').met).toBe(true);
    expect(judge([need, example, learner('example', { need: null })], 'C2.2').met).toBe(false);
  });

  it('C2.3: a benefit translation and no jargon', () => {
    expect(judge([learner('benefit-translation')], 'C2.3').met).toBe(true);
    expect(judge([learner('benefit-translation'), learner('jargon')], 'C2.3').met).toBe(false);
    expect(judge([], 'C2.3').met).toBe(false);
  });

  it('C2.4: an adjustment after confusion, doubt or disinterest', () => {
    const doubt = client('cue', { kind: 'doubt', channel: 'verbal' });
    expect(judge([doubt, learner('adjustment')], 'C2.4').met).toBe(true);
    expect(judge([learner('adjustment'), doubt], 'C2.4').met).toBe(false);
    expect(judge([client('cue', { kind: 'comfort', channel: 'verbal' }), learner('adjustment')], 'C2.4').met).toBe(false);
  });

  it('C3.1 and C3.2: objections reformulated and probed after they were raised', () => {
    const raise = (id: string) => client('objection', { id }, 4);
    const reform = (objection: string) => learner('objection-reformulation', { objection }, 4);
    const probe = (objection: string) => learner('objection-probe', { objection }, 4);
    expect(judge([raise('p'), raise('q'), reform('p'), reform('q')], 'C3.1').met).toBe(true);
    expect(judge([reform('p'), raise('p'), raise('q'), reform('q')], 'C3.1').met).toBe(false);
    expect(judge([raise('p'), probe('p'), raise('q'), probe('q')], 'C3.2').met).toBe(true);
    expect(judge([raise('p'), probe('p'), raise('q')], 'C3.2').missing).toEqual(['unprobed:q']);
    expect(judge([], 'C3.2').met).toBe(false);
  });

  it('C3.3: 75 % of raised objections resolved after being raised', () => {
    const raise = (id: string) => client('objection', { id }, 4);
    const resolve = (objection: string) => client('objection-resolved', { objection }, 4);
    const four = ['a', 'b', 'c', 'd'].map(raise);
    expect(judge([...four, resolve('a'), resolve('b'), resolve('c')], 'C3.3')).toMatchObject({ met: true, value: 0.75 });
    expect(judge([...four, resolve('a'), resolve('b')], 'C3.3').met).toBe(false);
    expect(judge([resolve('a'), raise('a')], 'C3.3').met).toBe(false);
    expect(judge([], 'C3.3').met).toBe(false);
  });

  it('C3.4: at most one unjustified concession', () => {
    const free = learner('concession', { justified: false }, 4);
    expect(judge([free], 'C3.4').met).toBe(true);
    expect(judge([free, learner('concession', { justified: true }, 4)], 'C3.4').met).toBe(true);
    expect(judge([free, free], 'C3.4').met).toBe(false);
  });

  it('C4.1 and C4.2: a signal acknowledged, a closing question, after a signal was emitted', () => {
    const signal = client('buying-signal', { id: 's', channel: 'non-verbal' }, 5);
    expect(judge([signal, learner('signal-acknowledged', { signal: 's' }, 5)], 'C4.1').met).toBe(true);
    expect(judge([learner('signal-acknowledged', { signal: 's' }, 5), signal], 'C4.1').met).toBe(false);
    expect(judge([signal, learner('closing-question', {}, 5)], 'C4.2').met).toBe(true);
    expect(judge([learner('closing-question', {}, 5), signal], 'C4.2').met).toBe(false);
  });

  it('C4.3, C4.4: a next step; a summary of at least 2 points', () => {
    expect(judge([learner('next-step', { kind: 'demo' })], 'C4.3').met).toBe(true);
    expect(judge([learner('agreement-summary', { points: 1 })], 'C4.4').met).toBe(false);
    expect(judge([learner('agreement-summary', { points: 2 })], 'C4.4').met).toBe(true);
  });

  it('C5: two follow-up actions, two personal details on expressed needs, an open feedback question, a relationship action', () => {
    expect(judge([learner('followup-action')], 'C5.1').met).toBe(false);
    expect(judge(times(2, learner('followup-action')), 'C5.1').met).toBe(true);
    const needs = [client('reveals-need', { need: 'a' }), client('reveals-need', { need: 'b' })];
    expect(judge([...needs, learner('personal-detail', { need: 'a' }), learner('personal-detail', { need: 'b' })], 'C5.2').met).toBe(true);
    expect(judge([...needs, learner('personal-detail', { need: 'a' }), learner('personal-detail', { need: 'a' })], 'C5.2').met).toBe(false);
    expect(judge([learner('feedback-question', { open: false })], 'C5.3').met).toBe(false);
    expect(judge([learner('feedback-question', { open: true })], 'C5.3').met).toBe(true);
    expect(judge([learner('relationship-action')], 'C5.4').met).toBe(true);
  });

  it('acquires a competence only with all four criteria, and readiness only with all five', () => {
    const report = evaluate({ format: LOG_FORMAT, events: [learner('relationship-action')] as LogEvent[] });
    expect(report.competences.C5.acquired).toBe(false);
    expect(report.ready).toBe(false);
  });
});
