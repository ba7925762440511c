import { describe, expect, it } from 'vitest';
import { LEARNER_ACT_NAMES } from '../interview-log/acts.ts';
import { coachAct } from './act-criteria.ts';

describe('coaching on an act', () => {
  it('says which criterion an act helps and which it hurts', () => {
    expect(coachAct({ act: 'open-question', relevant: true })).toEqual({ act: 'open-question', criterion: 'C1.1', effect: 'helps' });
    expect(coachAct({ act: 'jargon' })).toMatchObject({ criterion: 'C2.3', effect: 'hurts' });
    expect(coachAct({ act: 'concession', justified: false })).toMatchObject({ criterion: 'C3.4', effect: 'hurts' });
    expect(coachAct({ act: 'concession', justified: true })).toMatchObject({ effect: 'helps' });
    expect(coachAct({ act: 'reformulation', need: 'x', accurate: false })).toMatchObject({ criterion: 'C1.3', effect: 'neutral' });
  });

  it('knows every learner act', () => {
    expect(LEARNER_ACT_NAMES.length).toBe(23);
  });
});
