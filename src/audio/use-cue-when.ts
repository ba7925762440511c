import { useEffect, useRef } from 'react';
import type { SoundCue, SoundCues } from './sound-cues.ts';

/**
 * Plays `cue` when `condition` turns true while the screen is shown; not when it is already true
 * on arrival (a reload after the time ran low stays silent).
 */
export function useCueWhen(sounds: SoundCues, cue: SoundCue, condition: boolean): void {
  const was = useRef(condition);
  useEffect(() => {
    if (condition && !was.current) sounds.play(cue);
    was.current = condition;
  }, [condition, cue, sounds]);
}
