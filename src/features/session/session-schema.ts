import { z } from 'zod';
import { SESSION_KEY, SET_ASIDE_KEY } from './session.ts';

/**
 * A learner's interview as stored in the browser. The interview itself is kept as the list of
 * replies chosen: replaying them through the scenario's machine rebuilds exactly the same state.
 */
export const sessionSchema = z.object({
  version: z.literal(1),
  scenarioId: z.string().min(1),
  mode: z.enum(['practice', 'exam']),
  phase: z.enum(['brief', 'interview', 'ended']),
  choices: z.array(z.string().min(1)),
  notes: z.string(),
  /** Real time, in ms since the epoch, when exam preparation and the exam interview began. */
  prepStartedAt: z.number().nullable(),
  interviewStartedAt: z.number().nullable(),
  endedBy: z.enum(['completed', 'abandoned', 'timed-out']).nullable(),
  /** Names the attempt in the history, so that it is recorded once. Absent from older sessions. */
  attemptId: z.string().min(1).optional(),
  /** Real time, in ms since the epoch, when the interview ended. */
  endedAt: z.number().nullable().optional(),
});

export type StoredSession = z.infer<typeof sessionSchema>;
export type SessionRead = { session: StoredSession | null; problem: 'storage-unavailable' | 'session-unreadable' | null };
type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads the stored session. Unreadable data is moved aside, never thrown away. */
export function readSession(storage: Store | undefined): SessionRead {
  let raw: string | null;
  try {
    raw = storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return { session: null, problem: 'storage-unavailable' };
  }
  if (raw === null) return { session: null, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const parsed = sessionSchema.safeParse(value);
  if (parsed.success) return { session: parsed.data, problem: null };
  try {
    storage?.setItem(SET_ASIDE_KEY, raw);
    storage?.removeItem(SESSION_KEY);
  } catch {
    // Nothing more can be done; the app goes on without the stored session.
  }
  return { session: null, problem: 'session-unreadable' };
}
