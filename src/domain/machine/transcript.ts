import type { Text } from '../scenario/text.ts';
import type { Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenario-index.ts';
import type { TranscriptEntry } from './interview-record.ts';

export interface TranscriptLine {
  say: Text;
  nonVerbal?: Text;
}

/** Where a line comes from: a transcript entry, or the source fields of a log event. */
export interface LineSource {
  speaker: 'client' | 'learner';
  turn?: string;
  option?: string;
  variant?: number;
}

/** The words of a line, or null when the scenario has no such line (a log from elsewhere). */
export function findLine(scenario: Scenario, source: LineSource): TranscriptLine | null {
  const index = indexScenario(scenario);
  const option = source.option === undefined ? undefined : index.options.get(source.option);
  if (source.option !== undefined && (!option || (source.turn !== undefined && option.turnId !== source.turn))) return null;
  const variant = source.variant ?? 0;
  if (source.speaker === 'learner') return option ? { say: option.option.say } : null;
  if (option) return option.option.reply ?? option.option.replies?.[variant] ?? null;
  const turn = source.turn === undefined ? undefined : index.turns.get(source.turn)?.turn;
  if (!turn) return null;
  return turn.client ?? turn.clientVariants?.[variant] ?? null;
}

/** The words of a transcript entry, looked up in the scenario it was played from. */
export function transcriptLine(scenario: Scenario, entry: TranscriptEntry): TranscriptLine {
  const line = findLine(scenario, entry);
  if (!line) throw new Error(`scenario ${scenario.id} has no line for ${JSON.stringify(entry)}`);
  return line;
}
