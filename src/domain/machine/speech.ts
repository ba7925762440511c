import type { LogEvent } from '../interview-log/log.ts';
import { resolveText, wordCount, type Language, type Text } from '../scenario/text.ts';

/** Conversational French and English run at about 150 words a minute. */
export const WORDS_PER_SECOND = 2.5;

/**
 * Speaking seconds of a line, averaged over the scenario's languages so that the interview log,
 * and so the evaluation, does not depend on the language the learner reads it in.
 */
export function speakingSeconds(text: Text, languages: readonly Language[]): number {
  const counts = languages.map((lang) => wordCount(resolveText(text, lang)));
  const mean = counts.reduce((sum, n) => sum + n, 0) / Math.max(1, counts.length);
  return Math.max(1, Math.round(mean / WORDS_PER_SECOND));
}

/** The interview's clock: seconds spoken so far, in one stage or in all. */
export function spokenSeconds(events: readonly LogEvent[], stage?: number): number {
  return events.reduce((sum, e) => (stage === undefined || e.stage === stage ? sum + e.seconds : sum), 0);
}
