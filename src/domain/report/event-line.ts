import type { LogEvent } from '../interview-log/log.ts';
import { findLine, type TranscriptLine } from '../machine/transcript.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Text } from '../scenario/text.ts';

/**
 * The words behind an event of the log, from the source fields the simulator writes beside each
 * act (`turn`, `option`, `variant`). A log written elsewhere (a jury's tallies) or against another
 * version of the scenario has none that match: then there is nothing to quote.
 */
export function lineOfEvent(scenario: Scenario, event: LogEvent): TranscriptLine | null {
  const { turn, option, variant } = event as Record<string, unknown>;
  if (option !== undefined && typeof option !== 'string') return null;
  return findLine(scenario, {
    speaker: event.speaker,
    ...(typeof turn === 'string' ? { turn } : {}),
    ...(option !== undefined ? { option } : {}),
    ...(typeof variant === 'number' ? { variant } : {}),
  });
}

/** What to quote as evidence of an event: what was seen for a non-verbal act, else what was said. */
export function quotedWords(scenario: Scenario, event: LogEvent): Text | null {
  const line = lineOfEvent(scenario, event);
  if (!line) return null;
  const seen = (event.act === 'cue' || event.act === 'buying-signal') && event.channel === 'non-verbal';
  return seen && line.nonVerbal ? line.nonVerbal : line.say;
}
