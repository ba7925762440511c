/** The exam's real-time allowances (REFERENTIAL.md, "The exam the simulator mirrors"). */
export const PREPARATION_SECONDS = 20 * 60;
export const INTERVIEW_SECONDS = 30 * 60;
/** When the time-low cue sounds in the exam interview. */
export const TIME_LOW_SECONDS = 5 * 60;

export function secondsLeft(startedAt: number | null, allowance: number, now: number): number {
  if (startedAt === null) return allowance;
  return Math.max(0, allowance - Math.floor((now - startedAt) / 1000));
}
