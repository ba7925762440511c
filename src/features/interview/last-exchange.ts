import type { ClientAct } from '../../domain/interview-log/acts.ts';
import type { InterviewRecord } from '../../domain/machine/interview-record.ts';
import type { Option, Scenario } from '../../domain/scenario/schema.ts';
import { indexScenario } from '../../domain/scenario/scenario-index.ts';

export interface LastExchange {
  option: Option;
  trustChange: number;
  /** Everything the client has done since the learner last spoke: the reply and what followed. */
  clientActs: ClientAct[];
}

/** The learner's last reply and what it led to, for practice-mode coaching. */
export function lastExchange(scenario: Scenario, record: InterviewRecord): LastExchange | null {
  const spoke = record.transcript.findLastIndex((entry) => entry.speaker === 'learner');
  const entry = record.transcript[spoke];
  if (!entry || entry.speaker !== 'learner') return null;
  const option = indexScenario(scenario).options.get(entry.option)!.option;
  const before = spoke > 0 ? record.transcript[spoke - 1]!.trust : scenario.persona.initialTrust;
  const after = record.transcript.at(-1)!.trust;
  const lastLearnerEvent = record.events.findLastIndex((e) => e.speaker === 'learner');
  const clientActs = record.events.slice(lastLearnerEvent + 1).filter((e) => e.speaker === 'client') as ClientAct[];
  return { option, trustChange: after - before, clientActs };
}
