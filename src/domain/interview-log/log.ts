import { z } from 'zod';
import { clientActSchema, learnerActSchema, LEARNER_ACT_NAMES, CLIENT_ACT_NAMES } from './acts.ts';

export const LOG_FORMAT = 'interview-log/1';

const eventBase = {
  stage: z.number().int().min(1).max(6),
  seconds: z.number().min(0).finite(),
};

const learnerEventSchema = z.intersection(
  z.object({ ...eventBase, speaker: z.literal('learner') }).loose(),
  learnerActSchema,
);
const clientEventSchema = z.intersection(
  z.object({ ...eventBase, speaker: z.literal('client') }).loose(),
  clientActSchema,
);

export type LearnerEvent = z.infer<typeof learnerEventSchema>;
export type ClientEvent = z.infer<typeof clientEventSchema>;
export type LogEvent = LearnerEvent | ClientEvent;

export interface InterviewLog {
  format: typeof LOG_FORMAT;
  scenario?: string;
  events: LogEvent[];
}

export type LogParseResult =
  | { ok: true; log: InterviewLog }
  | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeIssue(index: number, issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : 'event';
  return `event ${index}, field "${field}": ${issue.message}`;
}

// Checked by hand before zod so that the message names the field a person would look at
// (the speaker that may not perform this act) rather than a union's generic complaint.
function checkSpeakerAndAct(index: number, event: Record<string, unknown>): string | null {
  const { speaker, act } = event;
  if (speaker !== 'learner' && speaker !== 'client') {
    return `event ${index}, field "speaker": expected "learner" or "client", got ${JSON.stringify(speaker)}`;
  }
  if (typeof act !== 'string') return `event ${index}, field "act": missing or not a string`;
  const allowed: readonly string[] = speaker === 'learner' ? LEARNER_ACT_NAMES : CLIENT_ACT_NAMES;
  if (!allowed.includes(act)) {
    const known = [...LEARNER_ACT_NAMES, ...CLIENT_ACT_NAMES] as string[];
    return known.includes(act)
      ? `event ${index}, field "act": a ${speaker} cannot perform "${act}"`
      : `event ${index}, field "act": unknown act "${act}"`;
  }
  return null;
}

/** Validates an untrusted value as an interview log; never throws. */
export function parseInterviewLog(input: unknown): LogParseResult {
  if (!isRecord(input)) return { ok: false, message: 'the log must be a JSON object' };
  if (input.format !== LOG_FORMAT) {
    return { ok: false, message: `field "format": expected "${LOG_FORMAT}", got ${JSON.stringify(input.format)}` };
  }
  if (input.scenario !== undefined && typeof input.scenario !== 'string') {
    return { ok: false, message: 'field "scenario": expected a string' };
  }
  if (!Array.isArray(input.events)) return { ok: false, message: 'field "events": expected an array' };
  const events: LogEvent[] = [];
  for (const [index, raw] of input.events.entries()) {
    if (!isRecord(raw)) return { ok: false, message: `event ${index}: expected an object` };
    const speakerFault = checkSpeakerAndAct(index, raw);
    if (speakerFault) return { ok: false, message: speakerFault };
    const schema = raw.speaker === 'learner' ? learnerEventSchema : clientEventSchema;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, message: describeIssue(index, parsed.error.issues[0]!) };
    events.push(parsed.data);
  }
  return { ok: true, log: { format: LOG_FORMAT, ...(input.scenario ? { scenario: input.scenario } : {}), events } };
}

/** Parses the text of a log file: JSON first, then the format. */
export function parseInterviewLogText(text: string): LogParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${(error as Error).message}` };
  }
  return parseInterviewLog(value);
}
