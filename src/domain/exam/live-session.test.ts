import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluator/evaluate.ts';
import { parseInterviewLog } from '../interview-log/log.ts';
import type { ExamDraw } from './draw.ts';
import {
  addTally, endInterview, interviewLength, newExamSession, newObserver, observerLog, removeTally, setSpeaking, setStage, sittingLogs, startInterview, startPreparation, talkSeconds,
  type ExamSession,
} from './live-session.ts';

const draw: ExamDraw = { scenario: 'btob-industry-product', method: 'specifics', pool: ['btob-industry-product'], drawnAt: '2026-11-22T09:00:00.000Z' };
const T0 = Date.parse('2026-11-22T09:20:00Z');
const s = (seconds: number) => T0 + seconds * 1000;

function interview(): ExamSession {
  const fresh = newExamSession('x', draw, [newObserver('o1', 'Claire'), newObserver('o2', 'Marc')]);
  return startInterview(startPreparation(fresh, T0 - 20 * 60_000), T0);
}

describe('a live exam session', () => {
  it('goes from setup to preparation to interview to results, once each', () => {
    const fresh = newExamSession('x', draw, [newObserver('o1', 'Claire')]);
    const prep = startPreparation(fresh, T0 - 1000);
    expect(prep).toMatchObject({ phase: 'preparation', prepStartedAt: T0 - 1000 });
    expect(startPreparation(prep, T0)).toBe(prep);
    const live = startInterview(prep, T0);
    expect(live).toMatchObject({ phase: 'interview', interviewStartedAt: T0, stage: 1 });
    expect(startInterview(live, s(5))).toBe(live);
    const ended = endInterview(live, s(1800));
    expect(ended).toMatchObject({ phase: 'results', interviewEndedAt: s(1800) });
    expect(addTally(ended, 'o1', { speaker: 'learner', act: { act: 'closing-question' } }, 't', s(1801))).toBe(ended);
  });

  it('may skip the preparation timer when the candidate prepared elsewhere', () => {
    expect(startInterview(newExamSession('x', draw, []), T0)).toMatchObject({ phase: 'interview', prepStartedAt: null });
  });

  it('records each tally in the stage the interview is in, for that observer only', () => {
    let session = interview();
    session = addTally(session, 'o1', { speaker: 'learner', act: { act: 'open-question', relevant: true } }, 't1', s(30));
    session = setStage(session, 3, s(200));
    expect(session).toMatchObject({ stage: 3, stageSince: 200_000 });
    session = addTally(session, 'o1', { speaker: 'learner', act: { act: 'argument', need: null } }, 't2', s(250));
    expect(session.observers[0]!.tallies).toEqual([
      { id: 't1', at: 30_000, event: { stage: 1, speaker: 'learner', seconds: 0, act: 'open-question', relevant: true } },
      { id: 't2', at: 250_000, event: { stage: 3, speaker: 'learner', seconds: 0, act: 'argument', need: null } },
    ]);
    expect(session.observers[1]!.tallies).toEqual([]);
    expect(removeTally(session, 'o1', 't1').observers[0]!.tallies.map((t) => t.id)).toEqual(['t2']);
  });

  it('times who speaks, splitting a stretch of speech where the stage changes', () => {
    let session = interview();
    session = setSpeaking(session, 'o1', 'client', s(10));
    session = setSpeaking(session, 'o1', 'learner', s(70)); // client: 60 s in stage 1
    session = setStage(session, 2, s(100)); // learner: 30 s in stage 1, then on in stage 2
    session = setSpeaking(session, 'o1', null, s(120)); // learner: 20 s in stage 2
    session = setSpeaking(session, 'o1', 'client', s(130));
    expect(talkSeconds(session.observers[0]!, 150_000)).toEqual({ client: 80, learner: 50 });
    const ended = endInterview(session, s(190)); // client: 60 s in stage 2
    expect(ended.observers[0]!.talk).toEqual([
      { speaker: 'client', stage: 1, from: 10_000, to: 70_000 },
      { speaker: 'learner', stage: 1, from: 70_000, to: 100_000 },
      { speaker: 'learner', stage: 2, from: 100_000, to: 120_000 },
      { speaker: 'client', stage: 2, from: 130_000, to: 190_000 },
    ]);
    expect(ended.observers[0]!.speaking).toBeNull();
  });

  it('turns an observer’s grid into a log the evaluator reads, speech and tallies in the order they happened', () => {
    let session = interview();
    session = setSpeaking(session, 'o1', 'client', s(0));
    session = addTally(session, 'o1', { speaker: 'client', act: { act: 'reveals-need', need: 'uptime' } }, 'a', s(20));
    session = setSpeaking(session, 'o1', 'learner', s(40));
    session = addTally(session, 'o1', { speaker: 'learner', act: { act: 'reformulation', need: 'uptime', accurate: true } }, 'b', s(45));
    session = endInterview(session, s(60));
    const log = observerLog(session.observers[0]!, draw.scenario, 60_000);
    expect(log.events.map((e) => [e.speaker, e.act, e.seconds, e.stage])).toEqual([
      ['client', 'statement', 40, 1],
      ['client', 'reveals-need', 0, 1],
      ['learner', 'statement', 20, 1],
      ['learner', 'reformulation', 0, 1],
    ]);
    expect(parseInterviewLog(JSON.parse(JSON.stringify(log)))).toMatchObject({ ok: true });
    expect(evaluate(log).clientTalkShare).toBeCloseTo(40 / 60);
  });

  it('uses a grid imported from another device as it is', () => {
    const imported = { format: 'interview-log/1' as const, scenario: draw.scenario, events: [] };
    const observer = { ...newObserver('o3', 'Inès'), imported: { file: 'ines.json', log: imported } };
    expect(observerLog(observer, draw.scenario, 0)).toBe(imported);
  });

  it('ignores a stage outside 1–6 and stage changes outside the interview', () => {
    const session = interview();
    expect(setStage(session, 7, s(1))).toBe(session);
    expect(setStage(session, 0, s(1))).toBe(session);
    const prep = startPreparation(newExamSession('x', draw, []), T0);
    expect(setStage(prep, 2, T0)).toBe(prep);
  });

  it('gives every observer’s log of the sitting as it stood when the interview ended, and its length', () => {
    let session = interview();
    expect(interviewLength(session)).toBe(0);
    session = setSpeaking(session, 'o2', 'client', s(0));
    session = endInterview(session, s(90));
    expect(interviewLength(session)).toBe(90_000);
    const logs = sittingLogs(session);
    expect(logs.map((l) => [l.id, l.name, l.log.scenario])).toEqual([['o1', 'Claire', draw.scenario], ['o2', 'Marc', draw.scenario]]);
    expect(logs[1]!.log).toEqual(observerLog(session.observers[1]!, draw.scenario, 90_000));
    expect(logs[1]!.log.events).toMatchObject([{ speaker: 'client', act: 'statement', seconds: 90 }]);
  });
});
