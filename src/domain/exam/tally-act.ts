import { CUE_KINDS, NEXT_STEP_KINDS, clientActSchema, learnerActSchema, type ClientAct, type LearnerAct } from '../interview-log/acts.ts';
import type { TallyButton, TallyPick } from './tally-buttons.ts';

export type PickValue = string | number | boolean | null;
export type Picked = Partial<Record<TallyPick, PickValue>>;

/** What the scenario offers to pick from: its needs, objections and buying signals. */
export interface TallyChoices {
  needs: readonly string[];
  objections: readonly string[];
  buyingSignals: readonly { id: string; channel: 'verbal' | 'non-verbal' }[];
}

/** The choices one pick offers, in the order the grid shows them. */
export function pickOptions(pick: TallyPick, choices: TallyChoices): PickValue[] {
  switch (pick) {
    case 'need':
      return [...choices.needs];
    case 'need-or-none':
      return [...choices.needs, null];
    case 'objection':
      return [...choices.objections];
    case 'signal':
      return choices.buyingSignals.map((s) => s.id);
    case 'accurate':
    case 'justified':
    case 'open':
      return [true, false];
    case 'cue-kind':
      return [...CUE_KINDS];
    case 'channel':
      return ['verbal', 'non-verbal'];
    case 'next-step-kind':
      return [...NEXT_STEP_KINDS];
    case 'points':
      return [1, 2, 3, 4, 5];
  }
}

// The log's field each pick fills; the client's own objection and signal acts name theirs `id`.
function fieldOf(pick: TallyPick, button: TallyButton): string {
  if (pick === 'need-or-none') return 'need';
  if (pick === 'cue-kind' || pick === 'next-step-kind') return 'kind';
  if ((pick === 'objection' && button.act === 'objection') || (pick === 'signal' && button.act === 'buying-signal')) return 'id';
  return pick;
}

export type TallyAct = { speaker: 'learner'; act: LearnerAct } | { speaker: 'client'; act: ClientAct };

/**
 * The act a tap records, or the first pick still missing or not among the scenario's choices.
 * A buying signal takes the channel the scenario gives it.
 */
export function tallyAct(button: TallyButton, picked: Picked, choices: TallyChoices): { ok: true; value: TallyAct } | { ok: false; missing: TallyPick } {
  const fields: Record<string, PickValue> = { act: button.act, ...button.preset };
  for (const pick of button.picks) {
    const value = picked[pick];
    if (value === undefined || !pickOptions(pick, choices).includes(value)) return { ok: false, missing: pick };
    fields[fieldOf(pick, button)] = value;
  }
  if (button.act === 'buying-signal') {
    fields.channel = choices.buyingSignals.find((s) => s.id === fields.id)?.channel ?? 'verbal';
  }
  // The grid's table and the log's format are kept in step by this check, tested for every button.
  if (button.speaker === 'learner') return { ok: true, value: { speaker: 'learner', act: learnerActSchema.parse(fields) } };
  return { ok: true, value: { speaker: 'client', act: clientActSchema.parse(fields) } };
}
