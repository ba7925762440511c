import { z } from 'zod';
import { readStoredJson } from '../../shared/stored-json.ts';
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
  const read = readStoredJson(storage, SESSION_KEY, SET_ASIDE_KEY, (value) => {
    const parsed = sessionSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  });
  return { session: read.value, problem: read.problem === 'unreadable' ? 'session-unreadable' : read.problem };
}
