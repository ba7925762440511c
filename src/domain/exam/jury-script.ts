import type { CompetenceId } from '../evaluator/criteria.ts';
import type { ClientAct } from '../interview-log/acts.ts';
import type { ClientLine, Condition, Scenario } from '../scenario/schema.ts';
import type { Text } from '../scenario/text.ts';
import { stageSlots } from './schedule.ts';

/**
 * The jury's client script, derived from a scenario: what the jury member who plays the client
 * needs at hand, stage by stage. Pure: no React, no DOM; texts stay `Text` for any language.
 */

/** The competence each stage assesses (REFERENTIAL.md, "The exam the simulator mirrors"). */
export const STAGE_COMPETENCES: Readonly<Record<number, CompetenceId>> = { 1: 'C1', 2: 'C1', 3: 'C2', 4: 'C3', 5: 'C4', 6: 'C5' };

/** Where a client line is in the scenario: the same shape as the transcript's `LineSource`. */
export interface ScriptLineSource {
  speaker: 'client';
  turn: string;
  /** The candidate's option this line answers, for a reply. */
  option?: string;
  /** Its index among `clientVariants` or among an option's `replies`. */
  variant?: number;
}

/** A client line of the scenario, with where it sits and what must hold for it to be said. */
export interface ScriptLine {
  stage: number;
  source: ScriptLineSource;
  say: Text;
  nonVerbal?: Text;
  /** For a reply: the candidate's words it answers. */
  inAnswerTo?: { option: string; say: Text };
  /** The option's `when` (for a reply), then the line's own `when`, in plain terms. */
  conditions: PlainCondition[];
}

/** A scenario condition as the actor can follow it, without numbers to track. */
export type PlainCondition =
  /** `trustAtLeast`: the client has been put at ease. */
  | { kind: 'at-ease'; trust: number }
  /** `trustBelow`: the client is still on guard. */
  | { kind: 'on-guard'; trust: number }
  /** `needs`: the candidate has uncovered this need. */
  | { kind: 'need-uncovered'; need: string; label: Text }
  /** `needsMissing`: the candidate has not uncovered this need yet. */
  | { kind: 'need-hidden'; need: string; label: Text }
  /** `probed`: the candidate has explored this objection with a question. */
  | { kind: 'objection-explored'; objection: string; label: Text }
  /** `chosen`: the candidate has already said this. */
  | { kind: 'reply-given'; option: string; say: Text }
  /** `notChosen`: the candidate has not said this. */
  | { kind: 'reply-not-given'; option: string; say: Text };

export interface ScriptedNeed {
  id: string;
  label: Text;
  detail: Text;
  /** The stages whose turns reveal it, in order; empty when no line of the scenario does. */
  stages: number[];
}

type ObjectionDef = Scenario['objections'][number];
type SignalDef = Scenario['buyingSignals'][number];

export interface PlacedObjection {
  objection: ObjectionDef;
  /** The first stage whose client lines raise it: where the script places it. */
  stage: number;
  /** The first client line that raises it: a model wording. */
  line: ScriptLine;
  /** Later stages whose lines raise it too. */
  alsoIn: number[];
}

export interface PlacedSignal {
  signal: SignalDef;
  stage: number;
  /** The first client line that gives it. */
  line: ScriptLine;
  /** What carries the signal: the line's body language for a non-verbal signal (when written), else its words. */
  carrier: Text;
  carrierChannel: 'verbal' | 'non-verbal';
  alsoIn: number[];
}

export interface StageScript {
  number: number;
  minutes: number;
  /** Minutes from the start of the interview: the stage's slot is [start, end]. */
  start: number;
  end: number;
  competence: CompetenceId;
  /** Ids of the needs the stage's lines reveal. */
  needs: string[];
  objections: PlacedObjection[];
  signals: PlacedSignal[];
}

export interface JuryScript {
  totalMinutes: number;
  stages: StageScript[];
  needs: ScriptedNeed[];
  /** Objections no line raises: the actor raises them if the conversation allows. */
  unplacedObjections: ObjectionDef[];
  /** Buying signals no line gives. */
  unplacedSignals: SignalDef[];
}

/** Every client line of the scenario, in the order of the script: stage, turn, then its options. */
export function clientLines(scenario: Scenario): (ScriptLine & { events: ClientAct[] })[] {
  const out: (ScriptLine & { events: ClientAct[] })[] = [];
  const push = (stage: number, source: ScriptLineSource, line: ClientLine, when: (Condition | undefined)[], inAnswerTo?: ScriptLine['inAnswerTo']) => {
    out.push({
      stage,
      source,
      say: line.say,
      ...(line.nonVerbal === undefined ? {} : { nonVerbal: line.nonVerbal }),
      ...(inAnswerTo ? { inAnswerTo } : {}),
      conditions: when.flatMap((w) => plainConditions(scenario, w)),
      events: line.events,
    });
  };
  for (const stage of scenario.stages) {
    for (const turn of stage.turns) {
      if (turn.client) push(stage.number, { speaker: 'client', turn: turn.id }, turn.client, []);
      turn.clientVariants?.forEach((variant, i) => push(stage.number, { speaker: 'client', turn: turn.id, variant: i }, variant, [variant.when]));
      for (const option of turn.options) {
        const answer = { option: option.id, say: option.say };
        if (option.reply) push(stage.number, { speaker: 'client', turn: turn.id, option: option.id }, option.reply, [option.when, option.reply.when], answer);
        option.replies?.forEach((reply, i) => push(stage.number, { speaker: 'client', turn: turn.id, option: option.id, variant: i }, reply, [option.when, reply.when], answer));
      }
    }
  }
  return out;
}

/** A condition in plain terms, in a fixed order: trust first, then needs, objections, replies. */
export function plainConditions(scenario: Scenario, when: Condition | undefined): PlainCondition[] {
  if (!when) return [];
  const needLabel = (id: string): Text => scenario.needs.find((n) => n.id === id)?.label ?? id;
  const objectionLabel = (id: string): Text => {
    const objection = scenario.objections.find((o) => o.id === id);
    return objection ? (objection.label ?? objection.reason) : id;
  };
  const optionSay = (id: string): Text => {
    for (const stage of scenario.stages) for (const turn of stage.turns) for (const option of turn.options) if (option.id === id) return option.say;
    return id;
  };
  const out: PlainCondition[] = [];
  if (when.trustAtLeast !== undefined) out.push({ kind: 'at-ease', trust: when.trustAtLeast });
  if (when.trustBelow !== undefined) out.push({ kind: 'on-guard', trust: when.trustBelow });
  for (const need of when.needs ?? []) out.push({ kind: 'need-uncovered', need, label: needLabel(need) });
  for (const need of when.needsMissing ?? []) out.push({ kind: 'need-hidden', need, label: needLabel(need) });
  for (const objection of when.probed ?? []) out.push({ kind: 'objection-explored', objection, label: objectionLabel(objection) });
  for (const option of when.chosen ?? []) out.push({ kind: 'reply-given', option, say: optionSay(option) });
  for (const option of when.notChosen ?? []) out.push({ kind: 'reply-not-given', option, say: optionSay(option) });
  return out;
}

const unique = (values: number[]) => [...new Set(values)];

/** The jury's script of a (validated) scenario. */
export function juryScript(scenario: Scenario): JuryScript {
  const lines = clientLines(scenario);
  const emitting = (test: (event: ClientAct) => boolean) => lines.filter((line) => line.events.some(test));
  const strip = ({ events: _, ...line }: ScriptLine & { events: ClientAct[] }): ScriptLine => line;

  const slots = stageSlots(scenario.stages);
  const stages: StageScript[] = slots.map((slot) => ({
    number: slot.stage,
    minutes: slot.minutes,
    start: slot.startsAt / 60,
    end: slot.endsAt / 60,
    competence: STAGE_COMPETENCES[slot.stage] ?? 'C1',
    needs: [],
    objections: [],
    signals: [],
  }));
  const stageScript = (number: number) => stages.find((s) => s.number === number);

  const needs: ScriptedNeed[] = scenario.needs.map((need) => {
    const found = unique(emitting((e) => e.act === 'reveals-need' && e.need === need.id).map((l) => l.stage));
    for (const number of found) stageScript(number)?.needs.push(need.id);
    return { id: need.id, label: need.label, detail: need.detail, stages: found };
  });

  // Each objection and signal goes to the first stage whose lines raise or give it; the later ones are noted.
  const place = <T extends { id: string }>(items: readonly T[], emits: (item: T) => (event: ClientAct) => boolean, add: (item: T, stage: StageScript, first: ScriptLine & { events: ClientAct[] }, alsoIn: number[]) => void): T[] => {
    const unplaced: T[] = [];
    for (const item of items) {
      const lines = emitting(emits(item));
      const first = lines[0];
      const target = first && stageScript(first.stage);
      if (!first || !target) unplaced.push(item);
      else add(item, target, first, unique(lines.map((l) => l.stage)).filter((n) => n !== first.stage));
    }
    return unplaced;
  };

  const unplacedObjections = place(
    scenario.objections,
    (objection) => (e) => e.act === 'objection' && e.id === objection.id,
    (objection, target, first, alsoIn) => target.objections.push({ objection, stage: first.stage, line: strip(first), alsoIn }),
  );
  const unplacedSignals = place(
    scenario.buyingSignals,
    (signal) => (e) => e.act === 'buying-signal' && e.id === signal.id,
    (signal, target, first, alsoIn) => {
      const seen = signal.channel === 'non-verbal' ? first.nonVerbal : undefined;
      target.signals.push({ signal, stage: first.stage, line: strip(first), carrier: seen ?? first.say, carrierChannel: seen === undefined ? 'verbal' : 'non-verbal', alsoIn });
    },
  );

  return { totalMinutes: (slots.at(-1)?.endsAt ?? 0) / 60, stages, needs, unplacedObjections, unplacedSignals };
}

/** Minutes from the start as a clock: 3 → "3:00", 12.5 → "12:30". */
export function formatMinutes(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A stage's slot, e.g. "3:00–10:00". */
export const formatSlot = (stage: Pick<StageScript, 'start' | 'end'>) => `${formatMinutes(stage.start)}–${formatMinutes(stage.end)}`;
