import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_ACT_NAMES, CUE_KINDS, LEARNER_ACT_NAMES, NEXT_STEP_KINDS,
  type ClientAct, type ClientActName, type LearnerAct, type LearnerActName,
} from '../interview-log/acts.ts';
import { LOG_FORMAT, parseInterviewLog, type InterviewLog, type LogEvent } from '../interview-log/log.ts';
import { COMPETENCES, CRITERIA, competenceOf, type CriterionId } from './criteria.ts';
import { evaluate, type ReadinessReport } from './evaluate.ts';

// ---------------------------------------------------------------------------------------------
// An arbitrary valid interview log: any mix of learner and client acts of acts.ts, with their
// extra fields, ids drawn from one small pool (so needs, objections and signals collide, with
// each other too), stages 1–6, seconds ≥ 0 (0 often), and sometimes fields the evaluator ignores.

const id = fc.constantFrom('a', 'b', 'c');
const channel = fc.constantFrom('verbal' as const, 'non-verbal' as const);
const none = fc.constant({});

type ExtrasOf<U extends { act: string }> = { [A in U['act']]: fc.Arbitrary<Omit<Extract<U, { act: A }>, 'act'>> };

// Typed against the schemas: adding an act to acts.ts without adding it here fails type checking.
const LEARNER_EXTRAS: ExtrasOf<LearnerAct> = {
  'statement': none,
  'open-question': fc.record({ relevant: fc.boolean() }),
  'closed-question': none,
  'active-listening': none,
  'interruption': none,
  'reformulation': fc.record({ need: id, accurate: fc.boolean() }),
  'argument': fc.record({ need: fc.option(id, { freq: 6 }) }),
  'example': fc.record({ need: fc.option(id, { freq: 6 }) }),
  'benefit-translation': none,
  'jargon': none,
  'adjustment': none,
  'objection-reformulation': fc.record({ objection: id }),
  'objection-probe': fc.record({ objection: id }),
  'objection-answer': fc.record({ objection: id }),
  'concession': fc.record({ justified: fc.boolean() }),
  'signal-acknowledged': fc.record({ signal: id }),
  'closing-question': none,
  'next-step': fc.record({ kind: fc.constantFrom(...NEXT_STEP_KINDS) }),
  'agreement-summary': fc.record({ points: fc.nat({ max: 5 }) }),
  'followup-action': none,
  'personal-detail': fc.record({ need: id }),
  'feedback-question': fc.record({ open: fc.boolean() }),
  'relationship-action': none,
};

const CLIENT_EXTRAS: ExtrasOf<ClientAct> = {
  'statement': none,
  'reveals-need': fc.record({ need: id }),
  'cue': fc.record({ kind: fc.constantFrom(...CUE_KINDS), channel }),
  'objection': fc.record({ id }),
  'objection-resolved': fc.record({ objection: id }),
  'objection-persists': fc.record({ objection: id }),
  'buying-signal': fc.record({ id, channel }),
};

// Bounded: the sum of huge finite seconds overflows (see "known defects" in evaluate.test.ts).
const seconds = fc.oneof(fc.constant(0), fc.nat({ max: 120 }), fc.double({ min: 0, max: 3600, noNaN: true }));
const stage = fc.integer({ min: 1, max: 6 });
const ignored = fc.record({ words: fc.string({ maxLength: 12 }), turn: fc.nat({ max: 99 }) }, { requiredKeys: [] });

function event(speaker: 'learner' | 'client', act: string, extra: fc.Arbitrary<object>, stageArb: fc.Arbitrary<number> = stage) {
  return fc.record({ stage: stageArb, seconds, extra, ignored }).map(
    ({ stage, seconds, extra, ignored }) => ({ ...ignored, stage, speaker, seconds, act, ...extra }) as LogEvent,
  );
}
const learner = (act: LearnerActName, stageArb?: fc.Arbitrary<number>) => event('learner', act, LEARNER_EXTRAS[act] as fc.Arbitrary<object>, stageArb);
const client = (act: ClientActName, stageArb?: fc.Arbitrary<number>, extra: fc.Arbitrary<object> = CLIENT_EXTRAS[act]) =>
  event('client', act, extra, stageArb);

/** Any act of either speaker, in any stage. */
const anyEvent: fc.Arbitrary<LogEvent> = fc.oneof(
  fc.oneof(...LEARNER_ACT_NAMES.map((act) => learner(act))),
  fc.oneof(...CLIENT_ACT_NAMES.map((act) => client(act))),
);

/**
 * An act typical of a stage, in that stage. Uniformly random logs almost never meet a criterion
 * (3 relevant open questions in stages 1–2, 3 needs argued once expressed…), so a third of the
 * logs follow the six stages with their typical acts, mixed with random ones, and another third
 * perturb a complete interview: between them, each criterion is met in about 25–90 % of logs.
 */
function typicalOf(s: number): fc.Arbitrary<LogEvent> {
  const at = fc.constant(s);
  const mostlyComfort = fc.record({ kind: fc.constantFrom('comfort', 'comfort', 'comfort', 'discomfort'), channel });
  const byStage: Record<number, fc.Arbitrary<LogEvent>[]> = {
    1: [learner('open-question', at), learner('active-listening', at), learner('statement', at), client('statement', at), client('cue', at, mostlyComfort), client('reveals-need', at)],
    2: [learner('open-question', at), learner('active-listening', at), learner('reformulation', at), client('reveals-need', at), client('cue', at, mostlyComfort), client('statement', at)],
    3: [learner('argument', at), learner('example', at), learner('benefit-translation', at), learner('adjustment', at), client('cue', at), client('reveals-need', at)],
    4: [learner('objection-reformulation', at), learner('objection-probe', at), learner('objection-answer', at), learner('concession', at), client('objection', at), client('objection-resolved', at), client('objection-persists', at)],
    5: [learner('signal-acknowledged', at), learner('closing-question', at), learner('next-step', at), learner('agreement-summary', at), client('buying-signal', at), client('statement', at)],
    6: [learner('followup-action', at), learner('personal-detail', at), learner('feedback-question', at), learner('relationship-action', at), client('statement', at)],
  };
  return fc.oneof(...byStage[s]!);
}

const randomEvents = fc.array(anyEvent, { maxLength: 60, size: 'medium' });
const stagedEvents = fc
  .tuple(...[1, 2, 3, 4, 5, 6].map((s) => fc.array(fc.oneof({ arbitrary: typicalOf(s), weight: 6 }, { arbitrary: anyEvent, weight: 1 }), { maxLength: 14, size: 'max' })))
  .map((stages) => stages.flat());

/** A complete interview that meets every criterion, to perturb: logs near every threshold. */
const COMPLETE: LogEvent[] = ([
  [1, 'client', 'statement', {}], [1, 'client', 'cue', { kind: 'comfort', channel: 'verbal' }],
  [1, 'learner', 'open-question', { relevant: true }], [2, 'client', 'reveals-need', { need: 'a' }],
  [2, 'learner', 'active-listening', {}], [2, 'learner', 'open-question', { relevant: true }],
  [2, 'client', 'reveals-need', { need: 'b' }], [2, 'client', 'cue', { kind: 'comfort', channel: 'non-verbal' }],
  [2, 'learner', 'reformulation', { need: 'a', accurate: true }], [2, 'learner', 'open-question', { relevant: true }],
  [2, 'client', 'reveals-need', { need: 'c' }], [2, 'learner', 'reformulation', { need: 'b', accurate: true }],
  [3, 'learner', 'argument', { need: 'a' }], [3, 'learner', 'benefit-translation', {}],
  [3, 'client', 'cue', { kind: 'doubt', channel: 'verbal' }], [3, 'learner', 'adjustment', {}],
  [3, 'learner', 'argument', { need: 'b' }], [3, 'learner', 'example', { need: 'a' }],
  [3, 'learner', 'argument', { need: 'c' }], [3, 'learner', 'example', { need: 'c' }],
  [4, 'client', 'objection', { id: 'a' }], [4, 'learner', 'objection-reformulation', { objection: 'a' }],
  [4, 'learner', 'objection-probe', { objection: 'a' }], [4, 'client', 'objection-resolved', { objection: 'a' }],
  [4, 'client', 'objection', { id: 'b' }], [4, 'learner', 'objection-reformulation', { objection: 'b' }],
  [4, 'learner', 'objection-probe', { objection: 'b' }], [4, 'learner', 'concession', { justified: false }],
  [4, 'client', 'objection-resolved', { objection: 'b' }], [5, 'client', 'buying-signal', { id: 'a', channel: 'verbal' }],
  [5, 'learner', 'signal-acknowledged', { signal: 'a' }], [5, 'learner', 'closing-question', {}],
  [5, 'learner', 'next-step', { kind: 'demo' }], [5, 'learner', 'agreement-summary', { points: 2 }],
  [6, 'learner', 'followup-action', {}], [6, 'learner', 'followup-action', {}],
  [6, 'learner', 'personal-detail', { need: 'a' }], [6, 'learner', 'personal-detail', { need: 'c' }],
  [6, 'learner', 'feedback-question', { open: true }], [6, 'learner', 'relationship-action', {}],
] as const).map(([stage, speaker, act, extra]) => ({ stage, speaker, seconds: speaker === 'client' ? 10 : 4, act, ...extra }) as LogEvent);

const edit = fc.record({ kind: fc.constantFrom('delete', 'insert', 'swap'), at: fc.nat(), event: anyEvent });
const perturbedEvents = fc.array(edit, { maxLength: 4 }).map((edits) => {
  const events = [...COMPLETE];
  for (const { kind, at, event } of edits) {
    const i = at % (events.length + 1);
    if (kind === 'insert') events.splice(i, 0, event);
    else if (kind === 'delete') events.splice(i, 1);
    else if (i + 1 < events.length) events.splice(i, 2, events[i + 1]!, events[i]!);
  }
  return events;
});

const logArb: fc.Arbitrary<InterviewLog> = fc.record(
  {
    format: fc.constant(LOG_FORMAT),
    scenario: fc.constantFrom('btob-tech-digital-product', 'btoc-crafts-service'),
    events: fc.oneof(randomEvents, stagedEvents, perturbedEvents),
  },
  { requiredKeys: ['format', 'events'] },
);

const RUNS = { numRuns: 300 };
/** Asserts `check` on every generated value. Its result is dropped: fast-check would take any returned value but true/undefined for a failure. */
const holds = <T>(arb: fc.Arbitrary<T>, check: (value: T) => unknown) =>
  fc.assert(fc.property(arb, (value) => { check(value); }), RUNS);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const metOf = (r: ReadinessReport) => CRITERIA.map((c) => [c, r.criteria[c].met] as const);

// ---------------------------------------------------------------------------------------------
// What enables an act to count (REFERENTIAL.md: "an event only counts against what happened
// before it"), restated independently of evaluate.ts.

type Enabler = (earlier: LogEvent) => boolean;
const PROMPTS: readonly string[] = ['confusion', 'doubt', 'disinterest'];

function enablerOf(event: LogEvent): Enabler | null {
  switch (event.act) {
    case 'argument':
    case 'example':
    case 'personal-detail': {
      const need = event.need;
      return (e) => e.act === 'reveals-need' && e.need === need;
    }
    case 'objection-reformulation':
    case 'objection-probe':
    case 'objection-resolved': {
      const objection = event.objection;
      return (e) => e.act === 'objection' && e.id === objection;
    }
    case 'signal-acknowledged': {
      const signal = event.signal;
      return (e) => e.act === 'buying-signal' && e.id === signal;
    }
    case 'closing-question':
      return (e) => e.act === 'buying-signal';
    case 'adjustment':
      return (e) => e.act === 'cue' && PROMPTS.includes(e.kind);
    default:
      return null;
  }
}

/** The id an order-sensitive act names, for the criteria that count distinct ids. */
function idOf(event: LogEvent): string | null {
  switch (event.act) {
    case 'argument':
    case 'personal-detail':
      return event.need;
    case 'objection-reformulation':
    case 'objection-probe':
    case 'objection-resolved':
      return event.objection;
    default:
      return null;
  }
}

const ORDERED: CriterionId[] = ['C2.1', 'C2.2', 'C2.4', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C5.2'];
const DISTINCT: CriterionId[] = ['C2.1', 'C3.1', 'C3.2', 'C3.3', 'C5.2'];

/** The acts each criterion must account for: every such event is in its evidence or discounted. */
const ACCOUNTED: Partial<Record<CriterionId, (e: LogEvent) => boolean>> = {
  'C1.1': (e) => e.act === 'open-question',
  'C1.2': (e) => e.act === 'active-listening' || e.act === 'interruption',
  'C1.3': (e) => e.act === 'reformulation',
  'C1.4': (e) => e.act === 'cue' && e.stage <= 2 && (e.kind === 'comfort' || e.kind === 'discomfort'),
  'C2.1': (e) => e.act === 'argument',
  'C2.2': (e) => e.act === 'example',
  'C2.3': (e) => e.act === 'benefit-translation' || e.act === 'jargon',
  'C2.4': (e) => e.act === 'adjustment',
  'C3.1': (e) => e.act === 'objection-reformulation',
  'C3.2': (e) => e.act === 'objection-probe',
  'C3.3': (e) => e.act === 'objection-resolved',
  'C3.4': (e) => e.act === 'concession',
  'C4.1': (e) => e.act === 'signal-acknowledged',
  'C4.2': (e) => e.act === 'closing-question',
  'C4.3': (e) => e.act === 'next-step',
  'C4.4': (e) => e.act === 'agreement-summary',
  'C5.1': (e) => e.act === 'followup-action',
  'C5.2': (e) => e.act === 'personal-detail',
  'C5.3': (e) => e.act === 'feedback-question',
  'C5.4': (e) => e.act === 'relationship-action',
};

/** Threshold, comparison and unit of each criterion (C3.2's threshold is the objections raised). */
const SHAPE: Record<CriterionId, { threshold: number | 'raised'; comparison: 'at-least' | 'at-most'; unit: 'count' | 'share' }> = {
  'C1.1': { threshold: 3, comparison: 'at-least', unit: 'count' },
  'C1.2': { threshold: 0.5, comparison: 'at-least', unit: 'share' },
  'C1.3': { threshold: 2, comparison: 'at-least', unit: 'count' },
  'C1.4': { threshold: 2, comparison: 'at-least', unit: 'count' },
  'C2.1': { threshold: 3, comparison: 'at-least', unit: 'count' },
  'C2.2': { threshold: 2, comparison: 'at-least', unit: 'count' },
  'C2.3': { threshold: 1, comparison: 'at-least', unit: 'count' },
  'C2.4': { threshold: 1, comparison: 'at-least', unit: 'count' },
  'C3.1': { threshold: 2, comparison: 'at-least', unit: 'count' },
  'C3.2': { threshold: 'raised', comparison: 'at-least', unit: 'count' },
  'C3.3': { threshold: 0.75, comparison: 'at-least', unit: 'share' },
  'C3.4': { threshold: 1, comparison: 'at-most', unit: 'count' },
  'C4.1': { threshold: 1, comparison: 'at-least', unit: 'count' },
  'C4.2': { threshold: 1, comparison: 'at-least', unit: 'count' },
  'C4.3': { threshold: 1, comparison: 'at-least', unit: 'count' },
  'C4.4': { threshold: 1, comparison: 'at-least', unit: 'count' },
  'C5.1': { threshold: 2, comparison: 'at-least', unit: 'count' },
  'C5.2': { threshold: 2, comparison: 'at-least', unit: 'count' },
  'C5.3': { threshold: 1, comparison: 'at-least', unit: 'count' },
  'C5.4': { threshold: 1, comparison: 'at-least', unit: 'count' },
};

const distinctObjections = (log: LogEvent[]) => new Set(log.flatMap((e) => (e.act === 'objection' ? [e.id] : []))).size;

// REFERENTIAL.md's table "How each criterion is decided", restated as plainly as possible and
// independently of evaluate.ts, to compare `met` with on every generated log.

type Oracle = (events: LogEvent[]) => boolean;
const before = (events: LogEvent[], index: number, p: (e: LogEvent) => boolean) => events.slice(0, index).some(p);
const count = (events: LogEvent[], p: (e: LogEvent, i: number) => boolean) => events.filter(p).length;
const distinct = (events: LogEvent[], p: (e: LogEvent, i: number) => string | null) =>
  new Set(events.flatMap((e, i) => { const id = p(e, i); return id === null ? [] : [id]; })).size;
const expressed = (events: LogEvent[], i: number, need: string | null) => before(events, i, (x) => x.act === 'reveals-need' && x.need === need);
const raisedBefore = (events: LogEvent[], i: number, id: string) => before(events, i, (x) => x.act === 'objection' && x.id === id);
const raisedIds = (events: LogEvent[]) => [...new Set(events.flatMap((e) => (e.act === 'objection' ? [e.id] : [])))];
const firstRaise = (events: LogEvent[], id: string) => events.findIndex((e) => e.act === 'objection' && e.id === id);
const answeredAfterRaise = (events: LogEvent[], id: string, act: 'objection-probe' | 'objection-resolved') =>
  events.some((e, i) => e.act === act && e.objection === id && i > firstRaise(events, id));
function share(events: LogEvent[]) {
  // Summed per speaker in log order, as floating-point rounding at exactly half depends on it.
  const client = events.reduce((sum, e) => sum + (e.speaker === 'client' ? e.seconds : 0), 0);
  const learner = events.reduce((sum, e) => sum + (e.speaker === 'learner' ? e.seconds : 0), 0);
  return client + learner === 0 ? 0 : client / (client + learner);
}
const comfort = (events: LogEvent[], channel?: 'verbal' | 'non-verbal') =>
  count(events, (e) => e.stage <= 2 && e.act === 'cue' && e.kind === 'comfort' && (channel === undefined || e.channel === channel));

const REFERENCE: Record<CriterionId, Oracle> = {
  'C1.1': (ev) => count(ev, (e) => e.stage <= 2 && e.act === 'open-question' && e.relevant) >= 3,
  'C1.2': (ev) => share(ev) >= 0.5 && ev.some((e) => e.act === 'active-listening') && !ev.some((e) => e.act === 'interruption'),
  'C1.3': (ev) => count(ev, (e) => e.act === 'reformulation' && e.accurate) >= 2,
  'C1.4': (ev) =>
    comfort(ev, 'verbal') >= 1 && comfort(ev, 'non-verbal') >= 1 &&
    comfort(ev) > count(ev, (e) => e.stage <= 2 && e.act === 'cue' && e.kind === 'discomfort'),
  'C2.1': (ev) => distinct(ev, (e, i) => (e.act === 'argument' && expressed(ev, i, e.need) ? e.need : null)) >= 3,
  'C2.2': (ev) => count(ev, (e, i) => e.act === 'example' && expressed(ev, i, e.need)) >= 2,
  'C2.3': (ev) => ev.some((e) => e.act === 'benefit-translation') && !ev.some((e) => e.act === 'jargon'),
  'C2.4': (ev) => ev.some((e, i) => e.act === 'adjustment' && before(ev, i, (x) => x.act === 'cue' && PROMPTS.includes(x.kind))),
  'C3.1': (ev) => distinct(ev, (e, i) => (e.act === 'objection-reformulation' && raisedBefore(ev, i, e.objection) ? e.objection : null)) >= 2,
  'C3.2': (ev) => raisedIds(ev).length > 0 && raisedIds(ev).every((id) => answeredAfterRaise(ev, id, 'objection-probe')),
  'C3.3': (ev) => {
    const raised = raisedIds(ev);
    return raised.length > 0 && raised.filter((id) => answeredAfterRaise(ev, id, 'objection-resolved')).length / raised.length >= 0.75;
  },
  'C3.4': (ev) => count(ev, (e) => e.act === 'concession' && !e.justified) <= 1,
  'C4.1': (ev) => ev.some((e, i) => e.act === 'signal-acknowledged' && before(ev, i, (x) => x.act === 'buying-signal' && x.id === e.signal)),
  'C4.2': (ev) => ev.some((e, i) => e.act === 'closing-question' && before(ev, i, (x) => x.act === 'buying-signal')),
  'C4.3': (ev) => ev.some((e) => e.act === 'next-step'),
  'C4.4': (ev) => ev.some((e) => e.act === 'agreement-summary' && e.points >= 2),
  'C5.1': (ev) => count(ev, (e) => e.act === 'followup-action') >= 2,
  'C5.2': (ev) => distinct(ev, (e, i) => (e.act === 'personal-detail' && expressed(ev, i, e.need) ? e.need : null)) >= 2,
  'C5.3': (ev) => ev.some((e) => e.act === 'feedback-question' && e.open),
  'C5.4': (ev) => ev.some((e) => e.act === 'relationship-action'),
};

// ---------------------------------------------------------------------------------------------

describe('the generator of interview logs', () => {
  it('only makes logs that parseInterviewLog accepts, and evaluating the parsed log changes nothing', () => {
    holds(logArb, (log) => {
      const parsed = parseInterviewLog(log);
      if (!parsed.ok) throw new Error(`generated log refused: ${parsed.message}`);
      expect(evaluate(parsed.log)).toEqual(evaluate(log));
    });
  });
});

/** Runs a check that lists what it finds wrong in a log's report; the property is that it finds nothing. */
const noFault = (check: (log: InterviewLog, r: ReadinessReport) => string[]) =>
  holds(logArb, (log) => {
    expect(check(log, evaluate(log))).toEqual([]);
  });

describe('evaluate on any valid log', () => {
  it("decides every criterion as REFERENTIAL.md's table says", () => {
    noFault((log, r) =>
      CRITERIA.flatMap((id) => {
        const met = REFERENCE[id](log.events);
        return r.criteria[id].met === met ? [] : [`${id}: met ${r.criteria[id].met}, the referential says ${met}`];
      }),
    );
  });

  it('never throws, is deterministic, and gives the same report after a JSON round trip', () => {
    holds(logArb, (log) => {
      const first = evaluate(log);
      expect(evaluate(log)).toEqual(first);
      expect(evaluate(JSON.parse(JSON.stringify(log)) as InterviewLog)).toEqual(first);
    });
  });

  it('does not mutate the log (nor needs to: a deeply frozen log evaluates the same)', () => {
    holds(logArb, (log) => {
      const before = structuredClone(log);
      const r = evaluate(log);
      expect(log).toEqual(before);
      expect(evaluate(deepFreeze(before))).toEqual(r);
    });
  });

  it('acquires a competence iff its four criteria are met, counts them, and is ready iff all five', () => {
    noFault((_, r) => {
      const faults: string[] = [];
      if (Object.keys(r.criteria).sort().join() !== [...CRITERIA].sort().join()) faults.push('criteria keys');
      for (const c of COMPETENCES) {
        const met = CRITERIA.filter((id) => competenceOf(id) === c && r.criteria[id].met).length;
        if (r.competences[c].criteriaMet !== met) faults.push(`${c}: criteriaMet ${r.competences[c].criteriaMet}, ${met} met`);
        if (r.competences[c].acquired !== (met === 4)) faults.push(`${c}: acquired ${r.competences[c].acquired} with ${met} met`);
      }
      if (r.ready !== COMPETENCES.every((c) => r.competences[c].acquired)) faults.push(`ready ${r.ready}`);
      return faults;
    });
  });

  it('points evidence and discounted events at real events of that stage and act, sorted, each once', () => {
    noFault((log, r) =>
      CRITERIA.flatMap((id) => {
        const { evidence, discounted } = r.criteria[id];
        const faults: string[] = [];
        for (const item of [...evidence, ...discounted]) {
          const event = log.events[item.index];
          if (!event) faults.push(`${id}: no event ${item.index}`);
          else if (event.stage !== item.stage || event.act !== item.act) faults.push(`${id}: event ${item.index} is not ${item.act} in stage ${item.stage}`);
        }
        const indexes = [...evidence, ...discounted].map((e) => e.index);
        if (new Set(indexes).size !== indexes.length) faults.push(`${id}: an event both counted and discounted, or twice`);
        for (const [name, list] of [['evidence', evidence], ['discounted', discounted]] as const) {
          if (list.some((e, i) => i > 0 && e.index <= list[i - 1]!.index)) faults.push(`${id}: ${name} not sorted`);
        }
        return faults;
      }),
    );
  });

  it('accounts for every act a criterion looks at: each is in its evidence or discounted', () => {
    noFault((log, r) =>
      CRITERIA.flatMap((id) => {
        const looks = ACCOUNTED[id];
        if (!looks) return [];
        const expected = log.events.flatMap((e, i) => (looks(e) ? [i] : []));
        const seen = [...r.criteria[id].evidence, ...r.criteria[id].discounted].map((e) => e.index).sort((a, b) => a - b);
        return seen.join() === expected.join() ? [] : [`${id}: accounts for [${seen}], should for [${expected}]`];
      }),
    );
  });

  it('explains every decision: a met criterion lacks nothing, an unmet one says what it lacks', () => {
    noFault((_, r) =>
      CRITERIA.flatMap((id) => {
        const { met, missing } = r.criteria[id];
        if (met && missing.length > 0) return [`${id}: met but missing ${JSON.stringify(missing)}`];
        if (!met && missing.length === 0) return [`${id}: not met but nothing missing`];
        return [];
      }),
    );
  });

  it("keeps each criterion's threshold, comparison and unit, and its value agrees with its evidence", () => {
    noFault((log, r) =>
      CRITERIA.flatMap((id) => {
        const c = r.criteria[id];
        const shape = SHAPE[id];
        const raised = distinctObjections(log.events);
        const threshold = shape.threshold === 'raised' ? raised : shape.threshold;
        const faults: string[] = [];
        if (c.threshold !== threshold || c.comparison !== shape.comparison || c.unit !== shape.unit) {
          faults.push(`${id}: ${c.comparison} ${c.threshold} ${c.unit}, should be ${shape.comparison} ${threshold} ${shape.unit}`);
        }
        const pro = c.evidence.filter((e) => e.effect === 'for').length;
        const con = c.evidence.filter((e) => e.effect === 'against').length;
        const value = id === 'C3.4' ? con : id === 'C3.3' ? (raised === 0 ? 0 : pro / raised) : id === 'C1.2' ? r.clientTalkShare : pro;
        if (c.value !== value) faults.push(`${id}: value ${c.value}, evidence says ${value}`);
        if (c.unit === 'share' && !(c.value >= 0 && c.value <= 1)) faults.push(`${id}: share ${c.value}`);
        return faults;
      }),
    );
  });

  it('keeps the client talk share in [0, 1]', () => {
    holds(logArb, (log) => {
      const { clientTalkShare } = evaluate(log);
      expect(clientTalkShare >= 0 && clientTalkShare <= 1, `share ${clientTalkShare}`).toBe(true);
    });
  });

  it('counts an order-sensitive act only after what enables it, and discounts it as too early only before', () => {
    noFault((log, r) => {
      const faults: string[] = [];
      const enabled = (index: number) => {
        const event = log.events[index]!;
        const enabler = enablerOf(event);
        if (!enabler) throw new Error(`no enabler for ${event.act}`);
        return log.events.slice(0, index).some(enabler);
      };
      for (const id of ORDERED) {
        const c = r.criteria[id];
        for (const e of c.evidence) if (!enabled(e.index)) faults.push(`${id}: counted event ${e.index} too early`);
        for (const d of c.discounted) {
          if (d.why.startsWith('before-') && enabled(d.index)) faults.push(`${id}: event ${d.index} discounted as ${d.why}`);
          if (d.why === 'repeat' && !enabled(d.index)) faults.push(`${id}: event ${d.index} a repeat of nothing`);
        }
      }
      for (const id of DISTINCT) {
        const c = r.criteria[id];
        const ids = c.evidence.map((e) => idOf(log.events[e.index]!));
        if (new Set(ids).size !== ids.length) faults.push(`${id}: counted an id twice`);
        for (const d of c.discounted.filter((x) => x.why === 'repeat')) {
          const first = c.evidence.find((e) => idOf(log.events[e.index]!) === idOf(log.events[d.index]!));
          if (!first || first.index > d.index) faults.push(`${id}: repeat ${d.index} of nothing counted before`);
        }
      }
      return faults;
    });
  });
});

describe('irrelevant events', () => {
  const silentStatement: LogEvent = { stage: 3, speaker: 'client', seconds: 0, act: 'statement' };
  const insertion = logArb.chain((log) => fc.record({ log: fc.constant(log), at: fc.nat({ max: log.events.length }), stage }));

  it('appending a silent client statement leaves the whole report unchanged', () => {
    holds(logArb, (log) => {
      const longer = { ...log, events: [...log.events, silentStatement] };
      expect(evaluate(longer)).toEqual(evaluate(log));
    });
  });

  it('inserting a silent client statement anywhere changes no criterion\'s met or value', () => {
    holds(insertion, ({ log, at, stage }) => {
      const events = [...log.events];
      events.splice(at, 0, { ...silentStatement, stage });
      const before = evaluate(log);
      const after = evaluate({ ...log, events });
      expect(metOf(after)).toEqual(metOf(before));
      for (const id of CRITERIA) expect(after.criteria[id].value, id).toBe(before.criteria[id].value);
      expect(after.ready).toBe(before.ready);
    });
  });

  it('appending client speech of any length never makes a met criterion unmet', () => {
    holds(fc.record({ log: logArb, seconds }), ({ log, seconds }) => {
      const before = evaluate(log);
      const after = evaluate({ ...log, events: [...log.events, { stage: 6, speaker: 'client', seconds, act: 'statement' }] });
      for (const id of CRITERIA) if (before.criteria[id].met) expect(after.criteria[id].met, id).toBe(true);
    });
  });
});
