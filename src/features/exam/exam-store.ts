import { z } from 'zod';
import { COMPETENCES } from '../../domain/evaluator/criteria.ts';
import { parseInterviewLog, type InterviewLog, type LogEvent } from '../../domain/interview-log/log.ts';
import type { ExamDraw } from '../../domain/exam/draw.ts';
import { EXAM_SESSION_FORMAT, type ExamSession } from '../../domain/exam/live-session.ts';
import { readStoredJson, writeStoredJson, type Store, type StoredRead } from '../../shared/stored-json.ts';


export const EXAM_KEY = 'evs.exam';
export const EXAM_SET_ASIDE_KEY = 'evs.exam.unreadable';
export const DRAWS_KEY = 'evs.exam.draws';
export const DRAWS_SET_ASIDE_KEY = 'evs.exam.draws.unreadable';

const drawSchema = z.strictObject({
  scenario: z.string().min(1),
  method: z.enum(['specifics', 'random']),
  pool: z.array(z.string().min(1)).min(1),
  drawnAt: z.iso.datetime(),
});
const speaker = z.enum(['learner', 'client']);
const ms = z.number().min(0).finite();
const stage = z.number().int().min(1).max(6);

// Events are checked as the evaluator's log, below, so that a stored grid is one the evaluator reads.
const observerSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  tallies: z.array(z.strictObject({ id: z.string().min(1), at: ms, event: z.record(z.string(), z.unknown()) })),
  talk: z.array(z.strictObject({ speaker, stage, from: ms, to: ms })),
  speaking: z.strictObject({ speaker, since: ms, stage }).nullable(),
  imported: z.strictObject({ file: z.string(), log: z.unknown() }).optional(),
});

const sessionSchema = z.strictObject({
  format: z.literal(EXAM_SESSION_FORMAT),
  id: z.string().min(1),
  draw: drawSchema,
  candidate: z.string(),
  phase: z.enum(['setup', 'preparation', 'interview', 'results']),
  prepStartedAt: z.number().nullable(),
  interviewStartedAt: z.number().nullable(),
  interviewEndedAt: z.number().nullable(),
  stage,
  stageSince: ms,
  observers: z.array(observerSchema),
  decisions: z.partialRecord(z.enum(COMPETENCES), z.boolean()),
});

const validLog = (value: unknown): InterviewLog | null => {
  const parsed = parseInterviewLog(value);
  return parsed.ok ? parsed.log : null;
};

/** An exam session read back from storage, or null when any part of it is not what we wrote. */
export function acceptExamSession(value: unknown): ExamSession | null {
  const parsed = sessionSchema.safeParse(value);
  if (!parsed.success) return null;
  const observers: ExamSession['observers'] = [];
  for (const { imported, ...observer } of parsed.data.observers) {
    const events = validLog({ format: 'interview-log/1', events: observer.tallies.map((t) => t.event) })?.events;
    if (!events) return null;
    const tallies = observer.tallies.map((t, i) => ({ ...t, event: events[i] as LogEvent }));
    if (!imported) {
      observers.push({ ...observer, tallies });
      continue;
    }
    const log = validLog(imported.log);
    if (!log) return null;
    observers.push({ ...observer, tallies, imported: { file: imported.file, log } });
  }
  return { ...parsed.data, observers };
}

export function readExamSession(storage: Store | undefined): StoredRead<ExamSession> {
  return readStoredJson(storage, EXAM_KEY, EXAM_SET_ASIDE_KEY, acceptExamSession);
}

/** Keeps the session as it is now; false when the browser refuses. Null forgets it. */
export function writeExamSession(storage: Store | undefined, session: ExamSession | null): boolean {
  return writeStoredJson(storage, EXAM_KEY, session);
}

/** Every draw made in this browser, oldest first: the register an examiner can show. */
export function readDraws(storage: Store | undefined): StoredRead<ExamDraw[]> {
  return readStoredJson(storage, DRAWS_KEY, DRAWS_SET_ASIDE_KEY, (value) => {
    const parsed = z.array(drawSchema).safeParse(value);
    return parsed.success ? parsed.data : null;
  });
}

export function recordDraw(storage: Store | undefined, draw: ExamDraw): boolean {
  const { value, problem } = readDraws(storage);
  if (problem === 'storage-unavailable') return false;
  return writeStoredJson(storage, DRAWS_KEY, [...(value ?? []), draw]);
}

export const ARCHIVE_KEY = 'evs.exam.archive';
export const ARCHIVE_SET_ASIDE_KEY = 'evs.exam.archive.unreadable';

/** The finished sittings kept in this browser, each as it was when the jury closed it. */
export function readArchive(storage: Store | undefined): StoredRead<ExamSession[]> {
  return readStoredJson(storage, ARCHIVE_KEY, ARCHIVE_SET_ASIDE_KEY, (value) => {
    if (!Array.isArray(value)) return null;
    const sittings = value.map(acceptExamSession);
    return sittings.every((s) => s !== null) ? sittings : null;
  });
}

/** Keeps a finished sitting in the archive, in place of an earlier copy of it; false when refused. */
export function archiveSitting(storage: Store | undefined, sitting: ExamSession): boolean {
  const { value, problem } = readArchive(storage);
  if (problem === 'storage-unavailable') return false;
  const others = (value ?? []).filter((s) => s.id !== sitting.id);
  return writeStoredJson(storage, ARCHIVE_KEY, [...others, sitting]);
}

/** Takes a sitting out of the archive (to reopen it, or for good). */
export function unarchiveSitting(storage: Store | undefined, id: string): boolean {
  const { value } = readArchive(storage);
  return writeStoredJson(storage, ARCHIVE_KEY, (value ?? []).filter((s) => s.id !== id));
}
