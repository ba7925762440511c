import type { Attempt } from './attempt.ts';
import { HISTORY_KEY, HISTORY_SET_ASIDE_KEY } from './attempt.ts';
import { readStoredJson, writeStoredJson, type Store } from '../../shared/stored-json.ts';
import { parseAttempts } from './history-schema.ts';

export type StoredHistory = { attempts: Attempt[]; problem: 'storage-unavailable' | 'history-unreadable' | null };

/** Reads the stored history. What cannot be read is set aside, never deleted. */
export function readHistory(storage: Store | undefined): StoredHistory {
  const read = readStoredJson(storage, HISTORY_KEY, HISTORY_SET_ASIDE_KEY, (value) => {
    const parsed = parseAttempts(value);
    return parsed.ok ? parsed.attempts : null;
  });
  return { attempts: read.value ?? [], problem: read.problem === 'unreadable' ? 'history-unreadable' : read.problem };
}

function writeHistory(storage: Store | undefined, attempts: readonly Attempt[]): boolean {
  return writeStoredJson(storage, HISTORY_KEY, attempts);
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
