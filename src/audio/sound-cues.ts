/**
 * Sound cues played during an interview (meeting start, objection, buying
 * signal, little time left, end). This module has no audio dependency: the
 * Howler-backed implementation lives in ./howler-sound-cues.ts, and tests use
 * `silentSoundCues`.
 */

export type SoundCue = 'start' | 'objection' | 'buying-signal' | 'time-low' | 'end';

export const SOUND_CUES: readonly SoundCue[] = ['start', 'objection', 'buying-signal', 'time-low', 'end'];

export interface SoundCues {
  play(cue: SoundCue): void;
  isMuted(): boolean;
  setMuted(muted: boolean): void;
}

/** Plays nothing and keeps no state (never muted; `setMuted` is ignored). Safe to share between tests. */
export const silentSoundCues: SoundCues = Object.freeze({
  play(): void {},
  isMuted: (): boolean => false,
  setMuted(): void {},
});

/** A fake for tests: plays nothing, records the cues asked for, and keeps the mute flag in memory. */
export function createSilentSoundCues(): SoundCues & { readonly played: SoundCue[] } {
  let muted = false;
  const played: SoundCue[] = [];
  return {
    played,
    play(cue: SoundCue): void {
      if (!muted) played.push(cue);
    },
    isMuted: () => muted,
    setMuted(value: boolean): void {
      muted = value;
    },
  };
}

/** Storage key of the mute preference ("1" = muted, "0" = not muted). */
export const MUTE_STORAGE_KEY = 'evs.muted';

export interface MutePreference {
  read(): boolean;
  write(muted: boolean): void;
}

/**
 * The user's mute preference, kept in `storage` (usually `localStorage`).
 * Only "1" means muted; a missing value, anything else, a missing storage or a
 * storage that throws (private mode, disabled cookies, quota) means not muted.
 * Never throws.
 */
export function createMutePreference(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
): MutePreference {
  return {
    read(): boolean {
      if (!storage) return false;
      try {
        return storage.getItem(MUTE_STORAGE_KEY) === '1';
      } catch {
        return false;
      }
    },
    write(muted: boolean): void {
      if (!storage) return;
      try {
        storage.setItem(MUTE_STORAGE_KEY, muted ? '1' : '0');
      } catch {
        // Preference not persisted: the in-memory state still applies.
      }
    },
  };
}
