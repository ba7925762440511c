import type { InterviewLog, LogEvent } from '../interview-log/log.ts';
import { clientTalkShare } from './talk-share.ts';
import { COMPETENCES, CRITERIA, competenceOf, type CompetenceId, type CriterionId } from './criteria.ts';

export { clientTalkShare } from './talk-share.ts';

/** An event of the log that a criterion took into account, for or against it. */
export interface Evidence {
  /** Position of the event in the log, from 0. */
  index: number;
  stage: number;
  act: LogEvent['act'];
  effect: 'for' | 'against';
}

/**
 * Why an act of the right kind did not count: too early (before the need was expressed, the
 * objection raised, the signal given, the cue shown), or not of the quality the rule asks.
 */
export type DiscountReason =
  | 'irrelevant' | 'inaccurate' | 'too-few-points' | 'closed' | 'outside-discovery' | 'no-need'
  | 'before-need' | 'before-objection' | 'before-signal' | 'before-cue' | 'repeat';

export interface Discounted {
  index: number;
  stage: number;
  act: LogEvent['act'];
  why: DiscountReason;
}

/** What a criterion not met still needed. */
export type Missing =
  | { what: 'more'; count: number }
  | { what: 'talk-share' }
  | { what: 'active-listening' }
  | { what: 'interruption'; index: number }
  | { what: 'comfort-cue'; channel: 'verbal' | 'non-verbal' }
  | { what: 'more-comfort-than-discomfort' }
  | { what: 'jargon'; index: number }
  | { what: 'no-objection' }
  | { what: 'unprobed'; objection: string }
  | { what: 'unresolved'; objection: string }
  | { what: 'too-many-concessions'; count: number }
  | { what: 'no-signal' };

/** How a criterion was decided: the figure against its threshold and the events that counted. */
export interface CriterionResult {
  met: boolean;
  /** The measured figure: a count, or a share from 0 to 1 for C1.2 and C3.3. */
  value: number;
  /** The figure needed, or for C3.4 the most allowed. */
  threshold: number;
  comparison: 'at-least' | 'at-most';
  unit: 'count' | 'share';
  evidence: Evidence[];
  discounted: Discounted[];
  missing: Missing[];
}

export interface ReadinessReport {
  criteria: Record<CriterionId, CriterionResult>;
  competences: Record<CompetenceId, { acquired: boolean; criteriaMet: number }>;
  ready: boolean;
  clientTalkShare: number;
}

type Indexed = { event: LogEvent; index: number };
type Rule = (events: Indexed[]) => CriterionResult;

const by = (a: { index: number }, b: { index: number }) => a.index - b.index;
const ev = (effect: Evidence['effect']) => ({ event, index }: Indexed): Evidence => ({ index, stage: event.stage, act: event.act, effect });
const off = (why: DiscountReason) => ({ event, index }: Indexed): Discounted => ({ index, stage: event.stage, act: event.act, why });

interface Decision {
  value: number;
  threshold: number;
  evidence?: Evidence[];
  discounted?: Discounted[];
  /** Conditions besides the figure that are not fulfilled. */
  lacking?: Missing[];
  unit?: CriterionResult['unit'];
  atMost?: boolean;
  /** Whether "n more needed" says what is missing; not when `lacking` names it better. */
  countShort?: boolean;
}

/**
 * Binary sums of decimal seconds are not exact: 0.3 / (0.3 + (0.1 + 0.2)) is 0.4999999999999999.
 * A share this close to its threshold reaches it.
 */
const SHARE_TOLERANCE = 1e-12;
const reachesShare = (share: number, threshold: number) => share >= threshold - SHARE_TOLERANCE;

function decide({ value, threshold, evidence = [], discounted = [], lacking = [], unit = 'count', atMost = false, countShort = true }: Decision): CriterionResult {
  const figureMet = atMost ? value <= threshold : unit === 'share' ? reachesShare(value, threshold) : value >= threshold;
  const met = figureMet && lacking.length === 0;
  const short: Missing[] = figureMet || unit !== 'count' || atMost || !countShort ? [] : [{ what: 'more', count: threshold - value }];
  return {
    met,
    value,
    threshold,
    comparison: atMost ? 'at-most' : 'at-least',
    unit,
    evidence: [...evidence].sort(by),
    discounted: [...discounted].sort(by),
    missing: met ? [] : [...short, ...lacking],
  };
}

const acts = <A extends LogEvent['act']>(events: Indexed[], act: A) =>
  events.filter((e): e is { event: Extract<LogEvent, { act: A }>; index: number } => e.event.act === act);

/** Where each id first became known (need expressed, objection raised, signal emitted). */
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

/**
 * Sorts acts that name an id into those that count (the first per distinct id, once the id is
 * known) and those that do not, with the reason.
 */
function distinctKnown(items: (Indexed & { id: string | null })[], known: Map<string, number>, early: DiscountReason, missingId: DiscountReason = early) {
  const counted = new Map<string, Indexed>();
  const discounted: Discounted[] = [];
  for (const item of items) {
    if (item.id === null) discounted.push(off(missingId)(item));
    else if ((known.get(item.id) ?? Infinity) >= item.index) discounted.push(off(early)(item));
    else if (counted.has(item.id)) discounted.push(off('repeat')(item));
    else counted.set(item.id, item);
  }
  return { counted, evidence: [...counted.values()].map(ev('for')), discounted };
}

/** Every act counts once the id it names is known; those before do not. */
function eachKnown(items: (Indexed & { id: string | null })[], known: Map<string, number>, early: DiscountReason) {
  const counted = items.filter((i) => i.id !== null && (known.get(i.id) ?? Infinity) < i.index);
  const discounted = items.filter((i) => !counted.includes(i)).map((i) => off(i.id === null ? 'no-need' : early)(i));
  return { counted, discounted };
}

/** Acts that count only with a quality (relevant, accurate, open…); the others are discounted. */
function qualified<T extends Indexed>(items: T[], ok: (item: T) => boolean, why: DiscountReason) {
  return { counted: items.filter(ok), discounted: items.filter((i) => !ok(i)).map(off(why)) };
}

const RULES: Record<CriterionId, Rule> = {
  'C1.1': (events) => {
    const questions = acts(events, 'open-question');
    const discovery = questions.filter((e) => e.event.stage <= 2);
    const { counted, discounted } = qualified(discovery, (e) => e.event.relevant, 'irrelevant');
    const late = questions.filter((e) => e.event.stage > 2).map((e) => off(e.event.relevant ? 'outside-discovery' : 'irrelevant')(e));
    return decide({ value: counted.length, threshold: 3, evidence: counted.map(ev('for')), discounted: [...discounted, ...late] });
  },
  'C1.2': (events) => {
    const share = clientTalkShare(events.map((e) => e.event));
    const listening = acts(events, 'active-listening');
    const interruptions = acts(events, 'interruption');
    const lacking: Missing[] = [
      ...(reachesShare(share, 0.5) ? [] : [{ what: 'talk-share' } as const]),
      ...(listening.length === 0 ? [{ what: 'active-listening' } as const] : []),
      ...interruptions.map((e) => ({ what: 'interruption', index: e.index }) as const),
    ];
    return decide({ value: share, threshold: 0.5, unit: 'share', evidence: [...listening.map(ev('for')), ...interruptions.map(ev('against'))], lacking });
  },
  'C1.3': (events) => {
    // REFERENTIAL.md: accurate reformulations count anywhere in the interview.
    const { counted, discounted } = qualified(acts(events, 'reformulation'), (e) => e.event.accurate, 'inaccurate');
    return decide({ value: counted.length, threshold: 2, evidence: counted.map(ev('for')), discounted });
  },
  'C1.4': (events) => {
    const cues = acts(events, 'cue').filter((e) => e.event.stage <= 2);
    const comfort = cues.filter((e) => e.event.kind === 'comfort');
    const discomfort = cues.filter((e) => e.event.kind === 'discomfort');
    const lacking: Missing[] = [
      ...(['verbal', 'non-verbal'] as const).filter((c) => !comfort.some((e) => e.event.channel === c)).map((channel) => ({ what: 'comfort-cue', channel }) as const),
      ...(comfort.length <= discomfort.length ? [{ what: 'more-comfort-than-discomfort' } as const] : []),
    ];
    return decide({ value: comfort.length, threshold: 2, evidence: [...comfort.map(ev('for')), ...discomfort.map(ev('against'))], lacking, countShort: false });
  },
  'C2.1': (events) => {
    const { counted, evidence, discounted } = distinctKnown(acts(events, 'argument').map((e) => ({ ...e, id: e.event.need })), needsExpressed(events), 'before-need', 'no-need');
    return decide({ value: counted.size, threshold: 3, evidence, discounted });
  },
  'C2.2': (events) => {
    const { counted, discounted } = eachKnown(acts(events, 'example').map((e) => ({ ...e, id: e.event.need })), needsExpressed(events), 'before-need');
    return decide({ value: counted.length, threshold: 2, evidence: counted.map(ev('for')), discounted });
  },
  'C2.3': (events) => {
    const translations = acts(events, 'benefit-translation');
    const jargon = acts(events, 'jargon');
    return decide({
      value: translations.length,
      threshold: 1,
      evidence: [...translations.map(ev('for')), ...jargon.map(ev('against'))],
      lacking: jargon.map((e) => ({ what: 'jargon', index: e.index }) as const),
    });
  },
  'C2.4': (events) => {
    const prompts = acts(events, 'cue').filter((e) => ['confusion', 'doubt', 'disinterest'].includes(e.event.kind));
    const firstPrompt = prompts[0]?.index ?? Infinity;
    const { counted, discounted } = qualified(acts(events, 'adjustment'), (a) => a.index > firstPrompt, 'before-cue');
    return decide({ value: counted.length, threshold: 1, evidence: counted.map(ev('for')), discounted });
  },
  'C3.1': (events) => {
    const { counted, evidence, discounted } = distinctKnown(acts(events, 'objection-reformulation').map((e) => ({ ...e, id: e.event.objection })), objectionsRaised(events), 'before-objection');
    return decide({ value: counted.size, threshold: 2, evidence, discounted });
  },
  'C3.2': (events) => {
    const raised = objectionsRaised(events);
    const { counted, evidence, discounted } = distinctKnown(acts(events, 'objection-probe').map((e) => ({ ...e, id: e.event.objection })), raised, 'before-objection');
    const lacking: Missing[] = raised.size === 0
      ? [{ what: 'no-objection' }]
      : [...raised.keys()].filter((id) => !counted.has(id)).map((objection) => ({ what: 'unprobed', objection }));
    return decide({ value: counted.size, threshold: raised.size, evidence, discounted, lacking, countShort: false });
  },
  'C3.3': (events) => {
    const raised = objectionsRaised(events);
    const { counted, evidence, discounted } = distinctKnown(acts(events, 'objection-resolved').map((e) => ({ ...e, id: e.event.objection })), raised, 'before-objection');
    const share = raised.size === 0 ? 0 : counted.size / raised.size;
    const lacking: Missing[] = raised.size === 0
      ? [{ what: 'no-objection' }]
      : reachesShare(share, 0.75) ? [] : [...raised.keys()].filter((id) => !counted.has(id)).map((objection) => ({ what: 'unresolved', objection }));
    return decide({ value: share, threshold: 0.75, unit: 'share', evidence, discounted, lacking });
  },
  'C3.4': (events) => {
    const concessions = acts(events, 'concession');
    const unjustified = concessions.filter((e) => e.event.justified !== true);
    const lacking: Missing[] = unjustified.length > 1 ? [{ what: 'too-many-concessions', count: unjustified.length - 1 }] : [];
    return decide({ value: unjustified.length, threshold: 1, atMost: true, evidence: concessions.map((e) => ev(e.event.justified === true ? 'for' : 'against')(e)), lacking });
  },
  'C4.1': (events) => {
    const emitted = signalsEmitted(events);
    const { counted, discounted } = eachKnown(acts(events, 'signal-acknowledged').map((e) => ({ ...e, id: e.event.signal })), emitted, 'before-signal');
    return decide({ value: counted.length, threshold: 1, evidence: counted.map(ev('for')), discounted, lacking: emitted.size === 0 ? [{ what: 'no-signal' }] : [], countShort: emitted.size > 0 });
  },
  'C4.2': (events) => {
    const emitted = signalsEmitted(events);
    const firstSignal = Math.min(...emitted.values());
    const { counted, discounted } = qualified(acts(events, 'closing-question'), (e) => e.index > firstSignal, 'before-signal');
    return decide({ value: counted.length, threshold: 1, evidence: counted.map(ev('for')), discounted, lacking: emitted.size === 0 ? [{ what: 'no-signal' }] : [], countShort: emitted.size > 0 });
  },
  'C4.3': (events) => {
    const counted = acts(events, 'next-step');
    return decide({ value: counted.length, threshold: 1, evidence: counted.map(ev('for')) });
  },
  'C4.4': (events) => {
    const { counted, discounted } = qualified(acts(events, 'agreement-summary'), (e) => e.event.points >= 2, 'too-few-points');
    return decide({ value: counted.length, threshold: 1, evidence: counted.map(ev('for')), discounted });
  },
  'C5.1': (events) => {
    const counted = acts(events, 'followup-action');
    return decide({ value: counted.length, threshold: 2, evidence: counted.map(ev('for')) });
  },
  'C5.2': (events) => {
    const { counted, evidence, discounted } = distinctKnown(acts(events, 'personal-detail').map((e) => ({ ...e, id: e.event.need })), needsExpressed(events), 'before-need');
    return decide({ value: counted.size, threshold: 2, evidence, discounted });
  },
  'C5.3': (events) => {
    const { counted, discounted } = qualified(acts(events, 'feedback-question'), (e) => e.event.open, 'closed');
    return decide({ value: counted.length, threshold: 1, evidence: counted.map(ev('for')), discounted });
  },
  'C5.4': (events) => {
    const counted = acts(events, 'relationship-action');
    return decide({ value: counted.length, threshold: 1, evidence: counted.map(ev('for')) });
  },
};

/** Decides every criterion of REFERENTIAL.md from a valid log. Pure: same log, same report. */
export function evaluate(log: InterviewLog): ReadinessReport {
  const events = log.events.map((event, index) => ({ event, index }));
  const criteria = Object.fromEntries(CRITERIA.map((id) => [id, RULES[id](events)])) as Record<CriterionId, CriterionResult>;
  const competences = Object.fromEntries(
    COMPETENCES.map((c) => {
      const met = CRITERIA.filter((id) => competenceOf(id) === c && criteria[id].met).length;
      return [c, { acquired: met === 4, criteriaMet: met }];
    }),
  ) as ReadinessReport['competences'];
  return {
    criteria,
    competences,
    ready: COMPETENCES.every((c) => competences[c].acquired),
    clientTalkShare: clientTalkShare(log.events),
  };
}
