import type { LogEvent } from '../interview-log/log.ts';

/**
 * The client's share of the time spoken, from 0 to 1 (0 when nobody spoke).
 *
 * Times are summed in whole milliseconds, so that a client speaking 0.3 s against 0.1 s + 0.2 s
 * is the exact half it is rather than 0.4999…; times too large for that are first scaled down by
 * the longest one, so that no sum overflows.
 */
export function clientTalkShare(events: readonly LogEvent[]): number {
  const longest = events.reduce((max, e) => Math.max(max, e.seconds), 0);
  if (longest === 0) return 0;
  const toUnits = longest < 1e9 ? (s: number) => Math.round(s * 1000) : (s: number) => s / longest;
  let client = 0;
  let learner = 0;
  for (const e of events) {
    if (e.speaker === 'client') client += toUnits(e.seconds);
    else learner += toUnits(e.seconds);
  }
  return client + learner === 0 ? 0 : client / (client + learner);
}
