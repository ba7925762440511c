import type { LogEvent } from '../interview-log/log.ts';
import type { TranscriptLine } from '../machine/transcript.ts';
import { indexScenario } from '../scenario/scenario-index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Text } from '../scenario/text.ts';

/**
 * The words behind an event of the log, from the source fields the simulator writes beside each
 * act (`turn`, `option`, `variant`). A log written elsewhere (a jury's tallies) or against another
 * version of the scenario has none that match: then there is nothing to quote.
 */
export function lineOfEvent(scenario: Scenario, event: LogEvent): TranscriptLine | null {
  const source = event as Record<string, unknown>;
  const index = indexScenario(scenario);
  const option = typeof source.option === 'string' ? index.options.get(source.option) : undefined;
  const turn = typeof source.turn === 'string' ? index.turns.get(source.turn)?.turn : undefined;
  const variant = typeof source.variant === 'number' ? source.variant : 0;
  if (source.option !== undefined && (!option || (turn && option.turnId !== source.turn))) return null;
  if (event.speaker === 'learner') return option ? { say: option.option.say } : null;
  if (option) return option.option.reply ?? option.option.replies?.[variant] ?? null;
  if (!turn) return null;
  return variant === 0 && turn.client ? turn.client : (turn.clientVariants?.[variant] ?? null);
}

/** What to quote as evidence of an event: what was seen for a non-verbal act, else what was said. */
export function quotedWords(scenario: Scenario, event: LogEvent): Text | null {
  const line = lineOfEvent(scenario, event);
  if (!line) return null;
  const seen = (event.act === 'cue' || event.act === 'buying-signal') && event.channel === 'non-verbal';
  return seen && line.nonVerbal ? line.nonVerbal : line.say;
}
