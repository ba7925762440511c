import type { Attempt } from './attempt.ts';
import { HISTORY_KEY, HISTORY_SET_ASIDE_KEY } from './attempt.ts';
import { parseAttempts } from './history-schema.ts';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
export type StoredHistory = { attempts: Attempt[]; problem: 'storage-unavailable' | 'history-unreadable' | null };

/** Reads the stored history. What cannot be read is set aside, never deleted. */
export function readHistory(storage: Store | undefined): StoredHistory {
  let raw: string | null;
  try {
    raw = storage?.getItem(HISTORY_KEY) ?? null;
  } catch {
    return { attempts: [], problem: 'storage-unavailable' };
  }
  if (raw === null) return { attempts: [], problem: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const read = parseAttempts(value);
  if (read.ok) return { attempts: read.attempts, problem: null };
  try {
    storage?.setItem(HISTORY_SET_ASIDE_KEY, raw);
    storage?.removeItem(HISTORY_KEY);
  } catch {
    // The history stays where it is; nothing is lost.
  }
  return { attempts: [], problem: 'history-unreadable' };
}

function writeHistory(storage: Store | undefined, attempts: readonly Attempt[]): boolean {
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(attempts));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Adds a finished interview once: recording the same attempt again changes nothing. */
export function recordAttempt(storage: Store | undefined, attempt: Attempt): boolean {
  const { attempts, problem } = readHistory(storage);
  if (problem === 'storage-unavailable') return false;
  if (attempts.some((a) => a.id === attempt.id)) return true;
  return writeHistory(storage, [...attempts, attempt]);
}

/** Adds the imported attempts not already there, oldest first; says how many were new. */
export function importAttempts(storage: Store | undefined, imported: readonly Attempt[]): { added: number; known: number; saved: boolean } {
  const { attempts } = readHistory(storage);
  const ids = new Set(attempts.map((a) => a.id));
  const fresh = imported.filter((a) => !ids.has(a.id) && ids.add(a.id));
  const merged = [...attempts, ...fresh].sort((a, b) => a.finishedAt - b.finishedAt);
  const saved = fresh.length === 0 || writeHistory(storage, merged);
  return { added: saved ? fresh.length : 0, known: imported.length - fresh.length, saved };
}

/** Removes one interview from the history, at the learner's request; says whether it was saved. */
export function removeAttempt(storage: Store | undefined, id: string): boolean {
  const { attempts, problem } = readHistory(storage);
  if (problem !== null) return false;
  return writeHistory(storage, attempts.filter((a) => a.id !== id));
}
