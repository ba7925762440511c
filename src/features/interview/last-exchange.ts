import type { ClientAct } from '../../domain/interview-log/acts.ts';
import type { InterviewRecord } from '../../domain/machine/interview-record.ts';
import type { Option, Scenario } from '../../domain/scenario/schema.ts';
import { indexScenario } from '../../domain/scenario/scenario-index.ts';

export interface LastExchange {
  option: Option;
  trustChange: number;
  /** What the client's answer counted as (needs revealed, objections, signals…). */
  clientActs: ClientAct[];
}

/** The learner's last reply and what it led to, for practice-mode coaching. */
export function lastExchange(scenario: Scenario, record: InterviewRecord): LastExchange | null {
  const at = record.transcript.findLastIndex((entry) => entry.speaker === 'learner');
  if (at < 0) return null;
  const entry = record.transcript[at]!;
  if (entry.speaker !== 'learner') return null;
  const option = indexScenario(scenario).options.get(entry.option)!.option;
  const before = at > 0 ? record.transcript[at - 1]!.trust : scenario.persona.initialTrust;
  const reply = record.transcript[at + 1];
  const after = reply?.speaker === 'client' && reply.option === entry.option ? reply.trust : entry.trust;
  const firstClientEvent = record.events.findIndex((e) => e.speaker === 'client' && 'option' in e && e.option === entry.option);
  const clientActs = firstClientEvent < 0 ? [] : record.events.slice(firstClientEvent).filter((e) => e.speaker === 'client' && 'option' in e && e.option === entry.option);
  return { option, trustChange: after - before, clientActs: clientActs as ClientAct[] };
}
