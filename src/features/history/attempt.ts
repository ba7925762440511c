import type { InterviewLog } from '../../domain/interview-log/log.ts';
import type { Session } from '../session/session.ts';

/** A finished interview kept in the learner's history: enough to rebuild its report and transcript. */
export interface Attempt {
  id: string;
  scenarioId: string;
  mode: Session['mode'];
  outcome: 'completed' | 'abandoned' | 'timed-out';
  /** Real time, in ms since the epoch, when the interview ended (when it was recorded). */
  finishedAt: number;
  /** The replies chosen, to replay the transcript through the scenario. */
  choices: string[];
  /** What the evaluator reads: the report is always decided afresh from it. */
  log: InterviewLog;
}

export const HISTORY_KEY = 'evs.history';
export const HISTORY_SET_ASIDE_KEY = 'evs.history.unreadable';

/** An id for a new attempt, unique enough within one learner's history. */
export function newAttemptId(now: number, random: () => number = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`;
}
