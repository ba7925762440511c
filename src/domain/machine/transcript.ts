import type { Text } from '../scenario/text.ts';
import type { Scenario } from '../scenario/schema.ts';
import { getTurn, indexScenario } from '../scenario/scenario-index.ts';
import type { TranscriptEntry } from './interview-record.ts';

export interface TranscriptLine {
  say: Text;
  nonVerbal?: Text;
}

/** The words of a transcript entry, looked up in the scenario. */
export function transcriptLine(scenario: Scenario, entry: TranscriptEntry): TranscriptLine {
  if (entry.speaker === 'learner') return { say: indexScenario(scenario).options.get(entry.option)!.option.say };
  const variant = entry.variant ?? 0;
  if (entry.option === undefined) {
    const { turn } = getTurn(scenario, entry.turn);
    return turn.client ?? turn.clientVariants![variant]!;
  }
  const { option } = indexScenario(scenario).options.get(entry.option)!;
  return option.reply ?? option.replies![variant]!;
}
