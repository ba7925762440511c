import type { LogEvent } from '../interview-log/log.ts';

function sums(events: readonly LogEvent[], scale: number): { client: number; learner: number } {
  let client = 0;
  let learner = 0;
  for (const e of events) {
    if (e.speaker === 'client') client += e.seconds / scale;
    else learner += e.seconds / scale;
  }
  return { client, learner };
}

/**
 * The client's share of the time spoken, from 0 to 1 (0 when nobody spoke). Times too large to
 * sum without overflowing are first divided by the longest one. (Shares are compared with a
 * tolerance: see `reachesShare` in evaluate.ts.)
 */
export function clientTalkShare(events: readonly LogEvent[]): number {
  let { client, learner } = sums(events, 1);
  if (!Number.isFinite(client + learner)) ({ client, learner } = sums(events, events.reduce((max, e) => Math.max(max, e.seconds), 0)));
  return client + learner === 0 ? 0 : client / (client + learner);
}
