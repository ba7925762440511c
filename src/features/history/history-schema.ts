import { z } from 'zod';
import { parseInterviewLog, type InterviewLog } from '../../domain/interview-log/log.ts';
import type { Attempt } from './attempt.ts';

export const HISTORY_FILE_FORMAT = 'evs-history/1';

const attemptShape = z.object({
  id: z.string().min(1).max(100),
  scenarioId: z.string().regex(/^[a-z0-9-]+$/),
  mode: z.enum(['practice', 'exam']),
  outcome: z.enum(['completed', 'abandoned', 'timed-out']),
  finishedAt: z.number().int().nonnegative(),
  choices: z.array(z.string().min(1)),
  // Checked by the log's own parser below, whose messages name the event and the field.
  log: z.unknown(),
});

export type HistoryFault = { where: string; fault: string };
export type HistoryRead = { ok: true; attempts: Attempt[] } | { ok: false; problem: HistoryFault };

function zodFault(prefix: string, issue: z.core.$ZodIssue): HistoryFault {
  const path = issue.path.map(String).join('.');
  return { where: path ? `${prefix}, ${path}` : prefix, fault: issue.message };
}

/** Validates a list of attempts from storage or from a file; the first fault is reported. */
export function parseAttempts(value: unknown, where = 'attempts'): HistoryRead {
  if (!Array.isArray(value)) return { ok: false, problem: { where, fault: 'expected a list of interviews' } };
  const attempts: Attempt[] = [];
  for (const [i, raw] of value.entries()) {
    const label = `${where} ${i + 1}`;
    const parsed = attemptShape.safeParse(raw);
    if (!parsed.success) return { ok: false, problem: zodFault(label, parsed.error.issues[0]!) };
    const log = parseInterviewLog(parsed.data.log);
    if (!log.ok) return { ok: false, problem: { where: `${label}, log`, fault: log.message } };
    attempts.push({ ...parsed.data, log: log.log as InterviewLog });
  }
  return { ok: true, attempts };
}

/** A history file: made by "export", read back by "import". Anything else is refused whole. */
export function parseHistoryFile(text: string): HistoryRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { where: 'file', fault: 'not-json' } };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== HISTORY_FILE_FORMAT) {
    return { ok: false, problem: { where: 'file', fault: 'not-a-history' } };
  }
  return parseAttempts((value as { attempts?: unknown }).attempts, 'interview');
}

export function historyFile(attempts: readonly Attempt[], now: Date): string {
  return `${JSON.stringify({ format: HISTORY_FILE_FORMAT, exportedAt: now.toISOString(), attempts }, null, 2)}\n`;
}
