import type { InterviewLog, LogEvent } from '../interview-log/log.ts';
import { spokenSeconds } from '../machine/speech.ts';
import type { Scenario } from '../scenario/schema.ts';

/** What the report tells besides the criteria: time, needs, objections and buying signals. */
export interface InterviewInsights {
  stages: { stage: number; seconds: number; indicationSeconds: number | null }[];
  needs: { discovered: { id: string; index: number }[]; missed: string[] };
  objections: {
    dispelled: { id: string; raisedAt: number; resolvedAt: number }[];
    open: { id: string; raisedAt: number }[];
    notRaised: string[];
  };
  signals: {
    caught: { id: string; emittedAt: number; acknowledgedAt: number }[];
    missed: { id: string; emittedAt: number }[];
    notGiven: string[];
  };
}

function firstOf(events: readonly LogEvent[], pick: (e: LogEvent) => string | null): Map<string, number> {
  const first = new Map<string, number>();
  events.forEach((event, index) => {
    const id = pick(event);
    if (id !== null && !first.has(id)) first.set(id, index);
  });
  return first;
}

/** The first event at or after `from` that names `id`, as the evaluator counts it (after, never before). */
function firstAfter(events: readonly LogEvent[], from: number, names: (e: LogEvent) => string | null, id: string): number | null {
  for (let i = from + 1; i < events.length; i++) if (names(events[i]!) === id) return i;
  return null;
}

/**
 * Pure, like the evaluator. Without the scenario (a log read on its own), what was missed is
 * unknown and left empty, and the stages have no time indication.
 */
export function interviewInsights(log: InterviewLog, scenario?: Scenario): InterviewInsights {
  const { events } = log;
  const needs = firstOf(events, (e) => (e.act === 'reveals-need' ? e.need : null));
  const raised = firstOf(events, (e) => (e.act === 'objection' ? e.id : null));
  const emitted = firstOf(events, (e) => (e.act === 'buying-signal' ? e.id : null));
  const resolves = (e: LogEvent) => (e.act === 'objection-resolved' ? e.objection : null);
  const acknowledges = (e: LogEvent) => (e.act === 'signal-acknowledged' ? e.signal : null);

  const objections: InterviewInsights['objections'] = { dispelled: [], open: [], notRaised: [] };
  for (const [id, raisedAt] of raised) {
    const resolvedAt = firstAfter(events, raisedAt, resolves, id);
    if (resolvedAt === null) objections.open.push({ id, raisedAt });
    else objections.dispelled.push({ id, raisedAt, resolvedAt });
  }
  const signals: InterviewInsights['signals'] = { caught: [], missed: [], notGiven: [] };
  for (const [id, emittedAt] of emitted) {
    const acknowledgedAt = firstAfter(events, emittedAt, acknowledges, id);
    if (acknowledgedAt === null) signals.missed.push({ id, emittedAt });
    else signals.caught.push({ id, emittedAt, acknowledgedAt });
  }
  if (scenario) {
    objections.notRaised = scenario.objections.map((o) => o.id).filter((id) => !raised.has(id));
    signals.notGiven = scenario.buyingSignals.map((s) => s.id).filter((id) => !emitted.has(id));
  }
  return {
    stages: [1, 2, 3, 4, 5, 6].map((stage) => ({
      stage,
      seconds: spokenSeconds(events, stage),
      indicationSeconds: scenario ? (scenario.stages.find((s) => s.number === stage)?.minutes ?? 0) * 60 : null,
    })),
    needs: {
      discovered: [...needs].map(([id, index]) => ({ id, index })),
      missed: scenario ? scenario.needs.map((n) => n.id).filter((id) => !needs.has(id)) : [],
    },
    objections,
    signals,
  };
}
