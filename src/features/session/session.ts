import type { SessionRead, StoredSession } from './session-schema.ts';
import { newAttemptId } from '../history/attempt.ts';

// The schema and the reading of stored data live in session-schema.ts, loaded only when there
// is something stored: a first visit loads no validation code.
export type Session = StoredSession;
export type Mode = Session['mode'];

export const SESSION_KEY = 'evs.session';
export const SET_ASIDE_KEY = 'evs.session.unreadable';

export function newSession(scenarioId: string, mode: Mode, now: number): Session {
  return {
    version: 1,
    scenarioId,
    mode,
    phase: 'brief',
    choices: [],
    notes: '',
    prepStartedAt: mode === 'exam' ? now : null,
    interviewStartedAt: null,
    endedBy: null,
    attemptId: newAttemptId(now),
    endedAt: null,
  };
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads the stored session, loading its validator only when something is stored. */
export async function loadStoredSession(storage: Store | undefined): Promise<SessionRead> {
  let stored: boolean;
  try {
    stored = storage?.getItem(SESSION_KEY) != null;
  } catch {
    return { session: null, problem: 'storage-unavailable' };
  }
  if (!stored) return { session: null, problem: null };
  const { readSession } = await import('./session-schema.ts');
  return readSession(storage);
}

export function writeSession(storage: Store | undefined, session: Session | null): boolean {
  try {
    if (session) storage?.setItem(SESSION_KEY, JSON.stringify(session));
    else storage?.removeItem(SESSION_KEY);
    return true;
  } catch {
    return false;
  }
}
