import type { InterviewLog, LogEvent } from '../interview-log/log.ts';
import { COMPETENCES, CRITERIA, competenceOf, type CompetenceId, type CriterionId } from './criteria.ts';

/** How a criterion was decided: the figure against its threshold and the events that counted. */
export interface CriterionResult {
  met: boolean;
  /** The measured figure (a count, or a share for C1.2 and C3.3). */
  value: number;
  /** The figure needed (for C3.4, the most allowed). */
  threshold: number;
  /** Indexes in the log of the events that counted toward the figure. */
  evidence: number[];
  /** What else the rule demands and was missing, as stable keys (e.g. `interruption`). */
  missing: string[];
}

export interface ReadinessReport {
  criteria: Record<CriterionId, CriterionResult>;
  competences: Record<CompetenceId, { acquired: boolean }>;
  ready: boolean;
  clientTalkShare: number;
}

type Indexed = { event: LogEvent; index: number };
type Rule = (events: Indexed[]) => CriterionResult;

const result = (value: number, threshold: number, evidence: number[], missing: string[] = [], atMost = false): CriterionResult => ({
  met: (atMost ? value <= threshold : value >= threshold) && missing.length === 0,
  value,
  threshold,
  evidence,
  missing,
});

const acts = <A extends LogEvent['act']>(events: Indexed[], act: A) =>
  events.filter((e): e is { event: Extract<LogEvent, { act: A }>; index: number } => e.event.act === act);

const inStages = (events: Indexed[], ...stages: number[]) => events.filter((e) => stages.includes(e.event.stage));

/** Ids that an earlier event has made known (needs expressed, objections raised, signals emitted). */
function firstIndexes(events: Indexed[], pick: (e: LogEvent) => string | null): Map<string, number> {
  const first = new Map<string, number>();
  for (const { event, index } of events) {
    const id = pick(event);
    if (id !== null && !first.has(id)) first.set(id, index);
  }
  return first;
}
const needsExpressed = (events: Indexed[]) => firstIndexes(events, (e) => (e.act === 'reveals-need' ? e.need : null));
const objectionsRaised = (events: Indexed[]) => firstIndexes(events, (e) => (e.act === 'objection' ? e.id : null));
const signalsEmitted = (events: Indexed[]) => firstIndexes(events, (e) => (e.act === 'buying-signal' ? e.id : null));
const before = (known: Map<string, number>, id: string | null, index: number) =>
  id !== null && (known.get(id) ?? Infinity) < index;

/** Distinct ids among events whose id was already known; evidence is the first event per id. */
function distinctKnown(items: { id: string | null; index: number }[], known: Map<string, number>) {
  const covered = new Map<string, number>();
  for (const { id, index } of items) if (id !== null && before(known, id, index) && !covered.has(id)) covered.set(id, index);
  return covered;
}

export function clientTalkShare(events: readonly LogEvent[]): number {
  let client = 0;
  let learner = 0;
  for (const e of events) {
    if (e.speaker === 'client') client += e.seconds;
    else learner += e.seconds;
  }
  return client + learner === 0 ? 0 : client / (client + learner);
}

const RULES: Record<CriterionId, Rule> = {
  'C1.1': (events) => {
    const counted = acts(inStages(events, 1, 2), 'open-question').filter((e) => e.event.relevant);
    return result(counted.length, 3, counted.map((e) => e.index));
  },
  'C1.2': (events) => {
    const share = clientTalkShare(events.map((e) => e.event));
    const listening = acts(events, 'active-listening');
    const interruptions = acts(events, 'interruption');
    const missing = [...(listening.length === 0 ? ['active-listening'] : []), ...interruptions.map(() => 'interruption')];
    return result(share, 0.5, [...listening, ...interruptions].map((e) => e.index), missing);
  },
  'C1.3': (events) => {
    const counted = acts(events, 'reformulation').filter((e) => e.event.accurate);
    return result(counted.length, 2, counted.map((e) => e.index));
  },
  'C1.4': (events) => {
    const cues = acts(inStages(events, 1, 2), 'cue');
    const comfort = cues.filter((e) => e.event.kind === 'comfort');
    const discomfort = cues.filter((e) => e.event.kind === 'discomfort');
    const missing = [
      ...(['verbal', 'non-verbal'] as const).filter((c) => !comfort.some((e) => e.event.channel === c)).map((c) => `comfort-${c}`),
      ...(comfort.length <= discomfort.length ? ['more-comfort-than-discomfort'] : []),
    ];
    return result(comfort.length, 2, [...comfort, ...discomfort].map((e) => e.index).sort((a, b) => a - b), missing);
  },
  'C2.1': (events) => {
    const covered = distinctKnown(acts(events, 'argument').map((e) => ({ id: e.event.need, index: e.index })), needsExpressed(events));
    return result(covered.size, 3, [...covered.values()]);
  },
  'C2.2': (events) => {
    const known = needsExpressed(events);
    const counted = acts(events, 'example').filter((e) => before(known, e.event.need, e.index));
    return result(counted.length, 2, counted.map((e) => e.index));
  },
  'C2.3': (events) => {
    const translations = acts(events, 'benefit-translation');
    const jargon = acts(events, 'jargon');
    return result(translations.length, 1, [...translations, ...jargon].map((e) => e.index).sort((a, b) => a - b), jargon.map(() => 'jargon'));
  },
  'C2.4': (events) => {
    const prompts = acts(events, 'cue').filter((e) => ['confusion', 'doubt', 'disinterest'].includes(e.event.kind));
    const counted = acts(events, 'adjustment').filter((a) => prompts.some((c) => c.index < a.index));
    return result(counted.length, 1, counted.map((e) => e.index));
  },
  'C3.1': (events) => {
    const covered = distinctKnown(acts(events, 'objection-reformulation').map((e) => ({ id: e.event.objection, index: e.index })), objectionsRaised(events));
    return result(covered.size, 2, [...covered.values()]);
  },
  'C3.2': (events) => {
    const raised = objectionsRaised(events);
    const probed = distinctKnown(acts(events, 'objection-probe').map((e) => ({ id: e.event.objection, index: e.index })), raised);
    const missing = raised.size === 0 ? ['no-objection'] : [...raised.keys()].filter((id) => !probed.has(id)).map((id) => `unprobed:${id}`);
    return result(probed.size, raised.size, [...probed.values()], missing);
  },
  'C3.3': (events) => {
    const raised = objectionsRaised(events);
    const resolved = distinctKnown(acts(events, 'objection-resolved').map((e) => ({ id: e.event.objection, index: e.index })), raised);
    const share = raised.size === 0 ? 0 : resolved.size / raised.size;
    return result(share, 0.75, [...resolved.values()], raised.size === 0 ? ['no-objection'] : []);
  },
  'C3.4': (events) => {
    const unjustified = acts(events, 'concession').filter((e) => !e.event.justified);
    return result(unjustified.length, 1, unjustified.map((e) => e.index), [], true);
  },
  'C4.1': (events) => {
    const emitted = signalsEmitted(events);
    const counted = acts(events, 'signal-acknowledged').filter((e) => before(emitted, e.event.signal, e.index));
    return result(counted.length, 1, counted.map((e) => e.index));
  },
  'C4.2': (events) => {
    const firstSignal = Math.min(...signalsEmitted(events).values());
    const counted = acts(events, 'closing-question').filter((e) => e.index > firstSignal);
    return result(counted.length, 1, counted.map((e) => e.index));
  },
  'C4.3': (events) => {
    const counted = acts(events, 'next-step');
    return result(counted.length, 1, counted.map((e) => e.index));
  },
  'C4.4': (events) => {
    const counted = acts(events, 'agreement-summary').filter((e) => e.event.points >= 2);
    return result(counted.length, 1, counted.map((e) => e.index));
  },
  'C5.1': (events) => {
    const counted = acts(events, 'followup-action');
    return result(counted.length, 2, counted.map((e) => e.index));
  },
  'C5.2': (events) => {
    const covered = distinctKnown(acts(events, 'personal-detail').map((e) => ({ id: e.event.need, index: e.index })), needsExpressed(events));
    return result(covered.size, 2, [...covered.values()]);
  },
  'C5.3': (events) => {
    const counted = acts(events, 'feedback-question').filter((e) => e.event.open);
    return result(counted.length, 1, counted.map((e) => e.index));
  },
  'C5.4': (events) => {
    const counted = acts(events, 'relationship-action');
    return result(counted.length, 1, counted.map((e) => e.index));
  },
};

/** Decides every criterion of REFERENTIAL.md from a valid log. Pure: same log, same report. */
export function evaluate(log: InterviewLog): ReadinessReport {
  const events = log.events.map((event, index) => ({ event, index }));
  const criteria = Object.fromEntries(CRITERIA.map((id) => [id, RULES[id](events)])) as Record<CriterionId, CriterionResult>;
  const competences = Object.fromEntries(
    COMPETENCES.map((c) => [c, { acquired: CRITERIA.filter((id) => competenceOf(id) === c).every((id) => criteria[id].met) }]),
  ) as Record<CompetenceId, { acquired: boolean }>;
  return {
    criteria,
    competences,
    ready: COMPETENCES.every((c) => competences[c].acquired),
    clientTalkShare: clientTalkShare(log.events),
  };
}
