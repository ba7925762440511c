import type { LogEvent } from '../../domain/interview-log/log.ts';
import type { PickValue } from '../../domain/exam/tally-act.ts';
import type { TallyPick } from '../../domain/exam/tally-buttons.ts';
import { actName, type ReportLabels, type Translate } from '../../i18n/report-wording.ts';

/** How a choice reads on the observer's grid: a need's, objection's or signal's name, or a word. */
export function pickValueText(t: Translate, pick: TallyPick, value: PickValue, labels: ReportLabels): string {
  switch (pick) {
    case 'need':
      return labels.need(String(value));
    case 'need-or-none':
      return value === null ? t('exam.tally.noNeed') : labels.need(String(value));
    case 'objection':
      return labels.objection(String(value));
    case 'signal':
      return labels.signal(String(value));
    case 'points':
      return t('exam.tally.points', { count: Number(value) });
    default:
      return t(`exam.tally.values.${pick}.${String(value)}`);
  }
}

/** One recorded tally in a few words: the act, then what it was about. */
export function tallyText(t: Translate, event: LogEvent, labels: ReportLabels): string {
  const name = actName(t, event);
  const detail = (() => {
    switch (event.act) {
      case 'open-question':
        return event.relevant ? null : t('exam.tally.values.relevant.false');
      case 'reformulation':
        return `${labels.need(event.need)}${event.accurate ? '' : ` — ${t('exam.tally.values.accurate.false')}`}`;
      case 'argument':
      case 'example':
        return event.need === null ? t('exam.tally.noNeed') : labels.need(event.need);
      case 'personal-detail':
      case 'reveals-need':
        return labels.need(event.need);
      case 'objection':
        return labels.objection(event.id);
      case 'objection-reformulation':
      case 'objection-probe':
      case 'objection-answer':
      case 'objection-resolved':
      case 'objection-persists':
        return labels.objection(event.objection);
      case 'buying-signal':
        return labels.signal(event.id);
      case 'signal-acknowledged':
        return labels.signal(event.signal);
      case 'concession':
        return t(`exam.tally.values.justified.${event.justified}`);
      case 'feedback-question':
        return t(`exam.tally.values.open.${event.open}`);
      case 'next-step':
        return t(`exam.tally.values.next-step-kind.${event.kind}`);
      case 'agreement-summary':
        return t('exam.tally.points', { count: event.points });
      default:
        return null;
    }
  })();
  return detail ? `${name}${t('report.colon')} ${detail}` : name;
}
