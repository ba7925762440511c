import type { ClientAct, LearnerAct } from '../interview-log/acts.ts';
import { isSpoken } from '../interview-log/acts.ts';
import type { LogEvent } from '../interview-log/log.ts';
import { LOG_FORMAT, type InterviewLog } from '../interview-log/log.ts';
import type { ClientLine, Condition, ConditionalLine, Option, Scenario, Turn } from '../scenario/schema.ts';
import { getTurn, indexScenario } from '../scenario/scenario-index.ts';
import { speakingSeconds } from './speech.ts';

/** One line of the transcript; its words are looked up in the scenario, in the reader's language. */
export type TranscriptEntry =
  | { speaker: 'client'; stage: number; turn: string; option?: string; variant?: number; seconds: number; trust: number }
  | { speaker: 'learner'; stage: number; turn: string; option: string; seconds: number; trust: number };

export type Outcome = 'in-progress' | 'completed' | 'abandoned' | 'timed-out';

/** What the interview has produced so far: the machine's context. */
export interface InterviewRecord {
  scenarioId: string;
  turnId: string;
  stage: number;
  trust: number;
  events: LogEvent[];
  transcript: TranscriptEntry[];
  chosen: string[];
  /** The client acts of the last thing the client said, for sound and visual cues. */
  lastClientActs: ClientAct[];
  outcome: Outcome;
}

const clampTrust = (value: number) => Math.min(100, Math.max(0, value));

export function initialRecord(scenario: Scenario): InterviewRecord {
  return {
    scenarioId: scenario.id,
    turnId: indexScenario(scenario).firstTurnId,
    stage: 1,
    trust: scenario.persona.initialTrust,
    events: [],
    transcript: [],
    chosen: [],
    lastClientActs: [],
    outcome: 'in-progress',
  };
}

function expressedNeeds(events: readonly LogEvent[]): Set<string> {
  return new Set(events.flatMap((e) => (e.act === 'reveals-need' ? [e.need] : [])));
}

function probedObjections(events: readonly LogEvent[]): Set<string> {
  const raised = new Set<string>();
  const probed = new Set<string>();
  for (const e of events) {
    if (e.act === 'objection') raised.add(e.id);
    if (e.act === 'objection-probe' && raised.has(e.objection)) probed.add(e.objection);
  }
  return probed;
}

export function conditionHolds(condition: Condition | undefined, record: InterviewRecord): boolean {
  if (!condition) return true;
  const needs = expressedNeeds(record.events);
  const probed = probedObjections(record.events);
  const chosen = new Set(record.chosen);
  return (
    (condition.trustAtLeast === undefined || record.trust >= condition.trustAtLeast) &&
    (condition.trustBelow === undefined || record.trust < condition.trustBelow) &&
    (condition.needs ?? []).every((n) => needs.has(n)) &&
    (condition.needsMissing ?? []).every((n) => !needs.has(n)) &&
    (condition.probed ?? []).every((o) => probed.has(o)) &&
    (condition.chosen ?? []).every((o) => chosen.has(o)) &&
    (condition.notChosen ?? []).every((o) => !chosen.has(o))
  );
}

/** The replies the learner may choose at the current turn, in the scenario's order. */
export function offeredOptions(scenario: Scenario, record: InterviewRecord): Option[] {
  if (record.outcome !== 'in-progress') return [];
  return getTurn(scenario, record.turnId).turn.options.filter((o) => conditionHolds(o.when, record));
}

type Said = { line: ClientLine; variant: number } | null;

function firstHolding(lines: readonly ConditionalLine[], record: InterviewRecord): Said {
  const variant = lines.findIndex((l) => conditionHolds(l.when, record));
  return variant >= 0 ? { line: lines[variant]!, variant } : null;
}

/** The reply the client gives to an option, given everything said before it. */
export function replyTo(option: Option, record: InterviewRecord): Said {
  return option.reply ? { line: option.reply, variant: 0 } : firstHolding(option.replies ?? [], record);
}

/** What the client says on reaching a turn, given everything said before it. */
export function openingOf(turn: Turn, record: InterviewRecord): Said {
  return turn.client ? { line: turn.client, variant: 0 } : firstHolding(turn.clientVariants ?? [], record);
}

/**
 * Where an event comes from, kept in the log beside the act so that a report can quote it: the
 * line of the transcript, the turn, the option chosen and which of the client's lines was said.
 * The evaluator ignores these fields (REFERENTIAL.md allows them).
 */
export interface EventSource {
  line: number;
  turn: string;
  option?: string;
  variant?: number;
}

// The speaking time goes to the first spoken act; what is only seen takes no time.
function clientEvents(line: ClientLine, stage: number, seconds: number, where: EventSource): LogEvent[] {
  const acts: ClientAct[] = line.events.some(isSpoken) ? line.events : [{ act: 'statement' }, ...line.events];
  let spent = false;
  return acts.map((act) => {
    const carries = !spent && isSpoken(act);
    if (carries) spent = true;
    return { ...act, stage, speaker: 'client', seconds: carries ? seconds : 0, ...where } as LogEvent;
  });
}

function learnerEvents(option: Option, stage: number, seconds: number, where: EventSource): LogEvent[] {
  const acts: LearnerAct[] = option.acts.length > 0 ? option.acts : [{ act: 'statement' }];
  return acts.map((act, i) => ({ ...act, stage, speaker: 'learner', seconds: i === 0 ? seconds : 0, ...where }) as LogEvent);
}

function clientSays(scenario: Scenario, record: InterviewRecord, line: ClientLine, where: { turn: string; option?: string; variant: number }): InterviewRecord {
  const stage = getTurn(scenario, where.turn).stage;
  const seconds = speakingSeconds(line.say, scenario.languages);
  const trust = clampTrust(record.trust + line.trust);
  return {
    ...record,
    trust,
    events: [...record.events, ...clientEvents(line, stage, seconds, { line: record.transcript.length, ...where })],
    transcript: [...record.transcript, { speaker: 'client', stage, seconds, trust, ...where }],
    lastClientActs: line.events,
  };
}

/** The interview reaches a turn: the stage changes and the client says the turn's opening line, if any. */
export function enterTurn(scenario: Scenario, record: InterviewRecord, turnId: string): InterviewRecord {
  const { turn, stage } = getTurn(scenario, turnId);
  const moved = { ...record, turnId, stage, lastClientActs: [] };
  const opening = openingOf(turn, moved);
  return opening ? clientSays(scenario, moved, opening.line, { turn: turnId, variant: opening.variant }) : moved;
}

/** The learner says an option; the client answers. Moving on to the next turn is the caller's. */
export function chooseOption(scenario: Scenario, record: InterviewRecord, optionId: string): InterviewRecord {
  const entry = indexScenario(scenario).options.get(optionId);
  if (!entry || entry.turnId !== record.turnId) throw new Error(`option "${optionId}" is not part of turn "${record.turnId}"`);
  const { option } = entry;
  const stage = record.stage;
  const seconds = speakingSeconds(option.say, scenario.languages);
  const trust = clampTrust(record.trust + option.trust);
  const afterLearner: InterviewRecord = {
    ...record,
    trust,
    chosen: [...record.chosen, option.id],
    events: [...record.events, ...learnerEvents(option, stage, seconds, { line: record.transcript.length, turn: record.turnId, option: option.id })],
    transcript: [...record.transcript, { speaker: 'learner', stage, turn: record.turnId, option: option.id, seconds, trust }],
    lastClientActs: [],
  };
  // The reply is chosen against what was true before the learner spoke, plus the words just said.
  const answer = replyTo(option, afterLearner);
  if (!answer) return afterLearner;
  return clientSays(scenario, afterLearner, answer.line, { turn: record.turnId, option: option.id, variant: answer.variant });
}

export function toInterviewLog(record: InterviewRecord): InterviewLog {
  return { format: LOG_FORMAT, scenario: record.scenarioId, events: record.events };
}
