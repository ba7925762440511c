import { createActor, type Actor } from 'xstate';
import type { InterviewMachine } from '../../domain/machine/interview-machine.ts';
import type { Session } from '../session/session.ts';

/**
 * Rebuilds an interview from the replies stored in the session. Returns how many were replayed:
 * fewer than stored means the scenario changed since, and the rest was dropped.
 */
export function replayInterview(machine: InterviewMachine, session: Pick<Session, 'choices' | 'endedBy'>) {
  const actor: Actor<InterviewMachine> = createActor(machine);
  actor.start();
  let replayed = 0;
  for (const optionId of session.choices) {
    const before = actor.getSnapshot().context.chosen.length;
    actor.send({ type: 'learner.choose', optionId });
    if (actor.getSnapshot().context.chosen.length === before) break;
    replayed += 1;
  }
  if (actor.getSnapshot().status === 'active') {
    if (session.endedBy === 'abandoned') actor.send({ type: 'learner.abandon' });
    if (session.endedBy === 'timed-out') actor.send({ type: 'clock.expired' });
  }
  return { actor, replayed };
}
