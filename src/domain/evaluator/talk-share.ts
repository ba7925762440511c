import type { LogEvent } from '../interview-log/log.ts';

/** The client's share of the time spoken, from 0 to 1 (0 when nobody spoke). */
export function clientTalkShare(events: readonly LogEvent[]): number {
  let client = 0;
  let learner = 0;
  for (const e of events) {
    if (e.speaker === 'client') client += e.seconds;
    else learner += e.seconds;
  }
  return client + learner === 0 ? 0 : client / (client + learner);
}
