import type { CompetenceId } from '../evaluator/criteria.ts';
import type { ClientActName, LearnerActName } from '../interview-log/acts.ts';

/** What the observer picks after tapping a button, when the act needs more than its name. */
export type TallyPick =
  | 'need' // one of the scenario's needs
  | 'need-or-none' // a need, or "no particular need"
  | 'objection'
  | 'signal'
  | 'accurate'
  | 'justified'
  | 'open'
  | 'cue-kind'
  | 'channel'
  | 'next-step-kind'
  | 'points';

/**
 * One button of the observer's grid: what it records, with the fields it fixes and those the
 * observer picks. Grouped by the competence they mostly serve, as the paper grid is.
 */
export type TallyButton = { key: string; competence: CompetenceId; preset?: Record<string, string | boolean>; picks: TallyPick[] } & (
  | { speaker: 'learner'; act: LearnerActName }
  | { speaker: 'client'; act: ClientActName }
);

export const TALLY_BUTTONS: readonly TallyButton[] = [
  { key: 'open-question', competence: 'C1', speaker: 'learner', act: 'open-question', preset: { relevant: true }, picks: [] },
  { key: 'open-question-off', competence: 'C1', speaker: 'learner', act: 'open-question', preset: { relevant: false }, picks: [] },
  { key: 'closed-question', competence: 'C1', speaker: 'learner', act: 'closed-question', picks: [] },
  { key: 'active-listening', competence: 'C1', speaker: 'learner', act: 'active-listening', picks: [] },
  { key: 'interruption', competence: 'C1', speaker: 'learner', act: 'interruption', picks: [] },
  { key: 'reformulation', competence: 'C1', speaker: 'learner', act: 'reformulation', picks: ['need', 'accurate'] },
  { key: 'reveals-need', competence: 'C1', speaker: 'client', act: 'reveals-need', picks: ['need'] },
  { key: 'cue', competence: 'C1', speaker: 'client', act: 'cue', picks: ['cue-kind', 'channel'] },
  { key: 'argument', competence: 'C2', speaker: 'learner', act: 'argument', picks: ['need-or-none'] },
  { key: 'example', competence: 'C2', speaker: 'learner', act: 'example', picks: ['need-or-none'] },
  { key: 'benefit-translation', competence: 'C2', speaker: 'learner', act: 'benefit-translation', picks: [] },
  { key: 'jargon', competence: 'C2', speaker: 'learner', act: 'jargon', picks: [] },
  { key: 'adjustment', competence: 'C2', speaker: 'learner', act: 'adjustment', picks: [] },
  { key: 'objection', competence: 'C3', speaker: 'client', act: 'objection', picks: ['objection'] },
  { key: 'objection-reformulation', competence: 'C3', speaker: 'learner', act: 'objection-reformulation', picks: ['objection'] },
  { key: 'objection-probe', competence: 'C3', speaker: 'learner', act: 'objection-probe', picks: ['objection'] },
  { key: 'objection-answer', competence: 'C3', speaker: 'learner', act: 'objection-answer', picks: ['objection'] },
  { key: 'objection-resolved', competence: 'C3', speaker: 'client', act: 'objection-resolved', picks: ['objection'] },
  { key: 'objection-persists', competence: 'C3', speaker: 'client', act: 'objection-persists', picks: ['objection'] },
  { key: 'concession', competence: 'C3', speaker: 'learner', act: 'concession', picks: ['justified'] },
  { key: 'buying-signal', competence: 'C4', speaker: 'client', act: 'buying-signal', picks: ['signal'] },
  { key: 'signal-acknowledged', competence: 'C4', speaker: 'learner', act: 'signal-acknowledged', picks: ['signal'] },
  { key: 'closing-question', competence: 'C4', speaker: 'learner', act: 'closing-question', picks: [] },
  { key: 'next-step', competence: 'C4', speaker: 'learner', act: 'next-step', picks: ['next-step-kind'] },
  { key: 'agreement-summary', competence: 'C4', speaker: 'learner', act: 'agreement-summary', picks: ['points'] },
  { key: 'followup-action', competence: 'C5', speaker: 'learner', act: 'followup-action', picks: [] },
  { key: 'personal-detail', competence: 'C5', speaker: 'learner', act: 'personal-detail', picks: ['need'] },
  { key: 'feedback-question', competence: 'C5', speaker: 'learner', act: 'feedback-question', picks: ['open'] },
  { key: 'relationship-action', competence: 'C5', speaker: 'learner', act: 'relationship-action', picks: [] },
];

export function tallyButton(key: string): TallyButton | undefined {
  return TALLY_BUTTONS.find((b) => b.key === key);
}
