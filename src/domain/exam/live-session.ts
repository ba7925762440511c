import type { CompetenceId } from '../evaluator/criteria.ts';
import { LOG_FORMAT, type InterviewLog, type LogEvent } from '../interview-log/log.ts';
import type { ExamDraw } from './draw.ts';
import type { TallyAct } from './tally-act.ts';

export const EXAM_SESSION_FORMAT = 'evs-exam/1';
export type Speaker = 'learner' | 'client';
export type ExamPhase = 'setup' | 'preparation' | 'interview' | 'results';

/** One thing an observer saw, when (ms from the start of the interview) and in which stage. */
export interface Tally {
  id: string;
  at: number;
  event: LogEvent;
}

/** A stretch of time one side spoke, timed by an observer (ms from the start of the interview). */
export interface TalkSpan {
  speaker: Speaker;
  stage: number;
  from: number;
  to: number;
}

export interface Observer {
  id: string;
  name: string;
  tallies: Tally[];
  talk: TalkSpan[];
  /** Who is speaking now by this observer's talk clock, since when and in which stage. */
  speaking: { speaker: Speaker; since: number; stage: number } | null;
  /** A grid brought in from another device, as the interview log it exported. */
  imported?: { file: string; log: InterviewLog };
}

/** One sitting of the exam: the draw, the candidate, the clocks, the observers' grids, the jury's decisions. */
export interface ExamSession {
  format: typeof EXAM_SESSION_FORMAT;
  id: string;
  draw: ExamDraw;
  candidate: string;
  phase: ExamPhase;
  /** Real time, ms since the epoch. */
  prepStartedAt: number | null;
  interviewStartedAt: number | null;
  interviewEndedAt: number | null;
  /** The stage the interview is in, set by the jury as it moves on, and since when (ms into the interview). */
  stage: number;
  stageSince: number;
  observers: Observer[];
  /** The jury's decision on a competence where the observers' grids differ. */
  decisions: Partial<Record<CompetenceId, boolean>>;
}

export const newObserver = (id: string, name: string): Observer => ({ id, name, tallies: [], talk: [], speaking: null });

export function newExamSession(id: string, draw: ExamDraw, observers: Observer[]): ExamSession {
  return {
    format: EXAM_SESSION_FORMAT,
    id,
    draw,
    candidate: '',
    phase: 'setup',
    prepStartedAt: null,
    interviewStartedAt: null,
    interviewEndedAt: null,
    stage: 1,
    stageSince: 0,
    observers,
    decisions: {},
  };
}

/** Milliseconds into the interview at real time `now`. */
export const interviewClock = (session: ExamSession, now: number) => Math.max(0, now - (session.interviewStartedAt ?? now));

const mapObserver = (session: ExamSession, observerId: string, change: (o: Observer) => Observer): ExamSession => ({
  ...session,
  observers: session.observers.map((o) => (o.id === observerId ? change(o) : o)),
});

// The span an observer's talk clock is running, closed at `at`.
function closeSpeaking(observer: Observer, at: number): Observer {
  const { speaking } = observer;
  if (!speaking) return observer;
  const span = { speaker: speaking.speaker, stage: speaking.stage, from: speaking.since, to: Math.max(at, speaking.since) };
  return { ...observer, speaking: null, talk: span.to > span.from ? [...observer.talk, span] : observer.talk };
}

export const startPreparation = (session: ExamSession, now: number): ExamSession =>
  session.phase === 'setup' ? { ...session, phase: 'preparation', prepStartedAt: now } : session;

export const startInterview = (session: ExamSession, now: number): ExamSession =>
  session.phase === 'setup' || session.phase === 'preparation' ? { ...session, phase: 'interview', interviewStartedAt: now, stage: 1, stageSince: 0 } : session;

/** Moves the interview to another stage; running talk clocks carry on, counted in the new stage. */
export function setStage(session: ExamSession, stage: number, now: number): ExamSession {
  if (session.phase !== 'interview' || stage === session.stage || stage < 1 || stage > 6) return session;
  const at = interviewClock(session, now);
  return {
    ...session,
    stage,
    stageSince: at,
    observers: session.observers.map((o) => {
      if (!o.speaking) return o;
      return { ...closeSpeaking(o, at), speaking: { speaker: o.speaking.speaker, since: at, stage } };
    }),
  };
}

export function addTally(session: ExamSession, observerId: string, tally: TallyAct, id: string, now: number): ExamSession {
  if (session.phase !== 'interview') return session;
  const event = { stage: session.stage, speaker: tally.speaker, seconds: 0, ...tally.act } as LogEvent;
  return mapObserver(session, observerId, (o) => ({ ...o, tallies: [...o.tallies, { id, at: interviewClock(session, now), event }] }));
}

export const removeTally = (session: ExamSession, observerId: string, tallyId: string): ExamSession =>
  mapObserver(session, observerId, (o) => ({ ...o, tallies: o.tallies.filter((t) => t.id !== tallyId) }));

/** Starts or stops an observer's talk clock: one side speaks, the other, or nobody (null). */
export function setSpeaking(session: ExamSession, observerId: string, speaker: Speaker | null, now: number): ExamSession {
  if (session.phase !== 'interview') return session;
  const at = interviewClock(session, now);
  return mapObserver(session, observerId, (o) => {
    if (o.speaking?.speaker === speaker) return o;
    const closed = closeSpeaking(o, at);
    return speaker ? { ...closed, speaking: { speaker, since: at, stage: session.stage } } : closed;
  });
}

export function endInterview(session: ExamSession, now: number): ExamSession {
  if (session.phase !== 'interview') return session;
  const at = interviewClock(session, now);
  return { ...session, phase: 'results', interviewEndedAt: now, observers: session.observers.map((o) => closeSpeaking(o, at)) };
}

/** Seconds each side spoke by an observer's talk clock, the running span counted up to `at`. */
export function talkSeconds(observer: Observer, at: number): Record<Speaker, number> {
  const spans = closeSpeaking(observer, at).talk;
  const total = (speaker: Speaker) => spans.filter((s) => s.speaker === speaker).reduce((sum, s) => sum + (s.to - s.from), 0) / 1000;
  return { client: total('client'), learner: total('learner') };
}

/**
 * What an observer saw, as an interview log the evaluator decides: each tally an event in the
 * order seen, each timed stretch of speech a statement carrying its seconds, placed where it began.
 */
export function observerLog(observer: Observer, scenario: string, at: number): InterviewLog {
  if (observer.imported) return observer.imported.log;
  const speech = closeSpeaking(observer, at).talk.map((span) => ({
    at: span.from,
    event: { stage: span.stage, speaker: span.speaker, seconds: (span.to - span.from) / 1000, act: 'statement' } as LogEvent,
  }));
  // Speech first at equal times: a stretch of talk begins before what is seen in it.
  const timeline = [...speech, ...observer.tallies].map((item, order) => ({ ...item, order })).sort((a, b) => a.at - b.at || a.order - b.order);
  return { format: LOG_FORMAT, scenario, events: timeline.map(({ at: ms, event }) => ({ ...event, at: Math.round(ms / 100) / 10 })) };
}

/** How long the interview lasted, in ms (0 until it has ended). */
export const interviewLength = (session: ExamSession) =>
  session.interviewEndedAt === null ? 0 : interviewClock(session, session.interviewEndedAt);

/** Every observer's grid of the sitting as the log the evaluator reads, as it stood when the interview ended. */
export function sittingLogs(session: ExamSession): { id: string; name: string; log: InterviewLog }[] {
  const at = interviewLength(session);
  return session.observers.map((o) => ({ id: o.id, name: o.name, log: observerLog(o, session.draw.scenario, at) }));
}
