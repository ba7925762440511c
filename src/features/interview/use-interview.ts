import { useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef } from 'react';
import type { SoundCues } from '../../audio/sound-cues.ts';
import { createInterviewMachine, type InterviewMoment } from '../../domain/machine/interview-machine.ts';
import type { Outcome } from '../../domain/machine/interview-record.ts';

export type EndedBy = Exclude<Outcome, 'in-progress'>;
import type { Scenario } from '../../domain/scenario/schema.ts';
import type { Mode, Session } from '../session/session.ts';
import { replayInterview } from './replay.ts';

function soundFor(moment: InterviewMoment, mode: Mode, sounds: SoundCues): void {
  if (moment.kind === 'start') sounds.play('start');
  if (moment.kind === 'end') sounds.play('end');
  if (moment.kind !== 'client-acts') return;
  if (moment.acts.some((a) => a.act === 'objection')) sounds.play('objection');
  // Hearing the buying signal is a hint: only in practice.
  else if (mode === 'practice' && moment.acts.some((a) => a.act === 'buying-signal')) sounds.play('buying-signal');
}

/**
 * The interview's actor, rebuilt from the session's stored replies, and kept in step with it:
 * every reply chosen is written back to the session at once.
 */
export function useInterview(scenario: Scenario, session: Session, sounds: SoundCues, onProgress: (choices: string[], ended: EndedBy | null) => void) {
  const replaying = useRef(false);
  const announce = useRef<(m: InterviewMoment) => void>(() => {});
  announce.current = (moment) => {
    if (!replaying.current) soundFor(moment, session.mode, sounds);
  };

  const { actor, droppedReplies } = useMemo(() => {
    const machine = createInterviewMachine(scenario).provide({ actions: { announce: (_, moment) => announce.current(moment) } });
    replaying.current = session.choices.length > 0;
    const { actor: restored, replayed } = replayInterview(machine, session);
    replaying.current = false;
    // Measured once, against what was stored when the screen opened.
    return { actor: restored, droppedReplies: session.choices.length - replayed };
    // The stored session is read once, when the interview screen opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario]);

  const progress = useRef(onProgress);
  progress.current = onProgress;
  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => {
      progress.current(snapshot.context.chosen, snapshot.status === 'done' && snapshot.context.outcome !== 'in-progress' ? snapshot.context.outcome : null);
    });
    return () => subscription.unsubscribe();
  }, [actor]);

  const snapshot = useSelector(actor, (s) => s);
  return { actor, snapshot, droppedReplies };
}
