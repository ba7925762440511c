import type { LearnerAct } from '../interview-log/acts.ts';
import type { CriterionId } from '../evaluator/criteria.ts';

export type Effect = 'helps' | 'hurts' | 'neutral';
export interface ActCoaching {
  act: LearnerAct['act'];
  criterion: CriterionId | null;
  effect: Effect;
}

/** What one act of the learner counts for, criterion by criterion (REFERENTIAL.md). */
export function coachAct(act: LearnerAct): ActCoaching {
  const helps = (criterion: CriterionId): ActCoaching => ({ act: act.act, criterion, effect: 'helps' });
  const hurts = (criterion: CriterionId): ActCoaching => ({ act: act.act, criterion, effect: 'hurts' });
  const neutral: ActCoaching = { act: act.act, criterion: null, effect: 'neutral' };
  switch (act.act) {
    case 'open-question': return act.relevant ? helps('C1.1') : { ...neutral, criterion: 'C1.1' };
    case 'active-listening': return helps('C1.2');
    case 'interruption': return hurts('C1.2');
    case 'reformulation': return act.accurate ? helps('C1.3') : { ...neutral, criterion: 'C1.3' };
    case 'argument': return act.need ? helps('C2.1') : { ...neutral, criterion: 'C2.1' };
    case 'example': return act.need ? helps('C2.2') : { ...neutral, criterion: 'C2.2' };
    case 'benefit-translation': return helps('C2.3');
    case 'jargon': return hurts('C2.3');
    case 'adjustment': return helps('C2.4');
    case 'objection-reformulation': return helps('C3.1');
    case 'objection-probe': return helps('C3.2');
    case 'objection-answer': return helps('C3.3');
    case 'concession': return act.justified ? helps('C3.4') : hurts('C3.4');
    case 'signal-acknowledged': return helps('C4.1');
    case 'closing-question': return helps('C4.2');
    case 'next-step': return helps('C4.3');
    case 'agreement-summary': return act.points >= 2 ? helps('C4.4') : { ...neutral, criterion: 'C4.4' };
    case 'followup-action': return helps('C5.1');
    case 'personal-detail': return helps('C5.2');
    case 'feedback-question': return act.open ? helps('C5.3') : { ...neutral, criterion: 'C5.3' };
    case 'relationship-action': return helps('C5.4');
    case 'closed-question':
    case 'statement':
      return neutral;
  }
}
