import type { LogEvent } from '../interview-log/log.ts';
import { conditionHolds, initialRecord, type InterviewRecord, type TranscriptEntry } from '../machine/interview-record.ts';
import { transcriptLine, type TranscriptLine } from '../machine/transcript.ts';
import { getTurn, indexScenario } from '../scenario/scenario-index.ts';
import type { Option, Scenario } from '../scenario/schema.ts';
import { coachAct, type ActCoaching } from './act-criteria.ts';

/** One line of the transcript with what it counted for. */
export interface AnnotatedLine {
  entry: TranscriptEntry;
  words: TranscriptLine;
  /** Indexes in the log of the events this line produced. */
  events: number[];
  /** For the learner's lines: each act and the criterion it helped or hurt. */
  counts: ActCoaching[];
  /** For the learner's lines: the model reply of the turn, when another was chosen and it was offered. */
  better: Option | null;
}

/** The interview as it stood just before the learner spoke a line: to know what was offered then. */
function recordBefore(scenario: Scenario, record: InterviewRecord, line: number): InterviewRecord {
  const firstEvent = record.events.findIndex((e) => (e as { line?: unknown }).line === line);
  const chosenBefore = record.transcript.slice(0, line).filter((e) => e.speaker === 'learner').length;
  return {
    ...initialRecord(scenario),
    turnId: record.transcript[line]!.turn,
    trust: line > 0 ? record.transcript[line - 1]!.trust : scenario.persona.initialTrust,
    events: record.events.slice(0, firstEvent < 0 ? record.events.length : firstEvent),
    chosen: record.chosen.slice(0, chosenBefore),
  };
}

function betterReply(scenario: Scenario, record: InterviewRecord, line: number, chosen: string): Option | null {
  const { turn } = getTurn(scenario, record.transcript[line]!.turn);
  const best = turn.options.find((o) => o.best);
  if (!best || best.id === chosen) return null;
  return conditionHolds(best.when, recordBefore(scenario, record, line)) ? best : null;
}

export function annotateTranscript(scenario: Scenario, record: InterviewRecord): AnnotatedLine[] {
  const eventsByLine = new Map<number, number[]>();
  record.events.forEach((event: LogEvent, index) => {
    const line = (event as { line?: unknown }).line;
    if (typeof line === 'number') eventsByLine.set(line, [...(eventsByLine.get(line) ?? []), index]);
  });
  return record.transcript.map((entry, line) => {
    const events = eventsByLine.get(line) ?? [];
    if (entry.speaker === 'client') return { entry, words: transcriptLine(scenario, entry), events, counts: [], better: null };
    const option = indexScenario(scenario).options.get(entry.option)!.option;
    return {
      entry,
      words: transcriptLine(scenario, entry),
      events,
      counts: option.acts.map(coachAct).filter((c) => c.criterion !== null),
      better: betterReply(scenario, record, line, entry.option),
    };
  });
}
