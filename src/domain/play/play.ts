import { createActor } from 'xstate';
import type { InterviewLog } from '../interview-log/log.ts';
import { createInterviewMachine } from '../machine/interview-machine.ts';
import { offeredOptions, type InterviewRecord } from '../machine/interview-record.ts';
import type { Option, Scenario } from '../scenario/schema.ts';
import { seededRandom } from './random.ts';

export type Policy = 'best' | 'random';
export type ChoosePolicy = (offered: Option[], record: InterviewRecord) => Option;

export function policyFor(policy: Policy, seed = 1): ChoosePolicy {
  if (policy === 'best') {
    return (offered) => offered.find((o) => o.best) ?? offered[0]!;
  }
  const random = seededRandom(seed);
  return (offered) => offered[Math.floor(random() * offered.length)]!;
}

/** Runs one whole interview through the scenario's machine and returns its record. */
export function playInterview(scenario: Scenario, choose: ChoosePolicy): InterviewRecord {
  const actor = createActor(createInterviewMachine(scenario)).start();
  for (;;) {
    const snapshot = actor.getSnapshot();
    if (snapshot.status !== 'active') return snapshot.context;
    const offered = offeredOptions(scenario, snapshot.context);
    if (offered.length === 0) throw new Error(`turn "${snapshot.context.turnId}" of ${scenario.id} offers no reply`);
    actor.send({ type: 'learner.choose', optionId: choose(offered, snapshot.context).id });
  }
}

export function playLog(scenario: Scenario, policy: Policy, seed?: number): InterviewLog {
  const record = playInterview(scenario, policyFor(policy, seed));
  return { format: 'interview-log/1', scenario: scenario.id, events: record.events };
}
