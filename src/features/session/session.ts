// zod/mini: this schema is on the first screen, where every kilobyte counts.
import * as z from 'zod/mini';

/**
 * A learner's interview as stored in the browser. The interview itself is kept as the list of
 * replies chosen: replaying them through the scenario's machine rebuilds exactly the same state.
 */
export const sessionSchema = z.object({
  version: z.literal(1),
  scenarioId: z.string().check(z.minLength(1)),
  mode: z.enum(['practice', 'exam']),
  phase: z.enum(['brief', 'interview', 'ended']),
  choices: z.array(z.string().check(z.minLength(1))),
  notes: z.string(),
  /** Real time, in ms since the epoch, when exam preparation and the exam interview began. */
  prepStartedAt: z.nullable(z.number()),
  interviewStartedAt: z.nullable(z.number()),
  endedBy: z.nullable(z.enum(['completed', 'abandoned', 'timed-out'])),
});

export type Session = z.infer<typeof sessionSchema>;
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
  };
}

export type SessionRead = { session: Session | null; problem: string | null };

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
  let parsed: ReturnType<typeof sessionSchema.safeParse>;
  try {
    parsed = sessionSchema.safeParse(JSON.parse(raw));
  } catch {
    parsed = sessionSchema.safeParse(undefined);
  }
  if (parsed.success) return { session: parsed.data, problem: null };
  try {
    storage?.setItem(SET_ASIDE_KEY, raw);
    storage?.removeItem(SESSION_KEY);
  } catch {
    // Nothing more can be done; the app goes on without the stored session.
  }
  return { session: null, problem: 'session-unreadable' };
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
