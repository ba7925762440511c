import { useTranslation } from 'react-i18next';
import { COMPETENCES, CRITERIA, competenceOf } from '../../domain/evaluator/criteria.ts';
import type { ReadinessReport } from '../../domain/evaluator/evaluate.ts';
import type { InterviewLog } from '../../domain/interview-log/log.ts';
import type { InterviewRecord } from '../../domain/machine/interview-record.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { scenarioLabels } from '../../i18n/report-wording.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useDateFormat } from '../../i18n/use-date-format.ts';
import { useTranslate } from '../../i18n/use-translate.ts';
import type { Mode } from '../session/session.ts';
import { AnnotatedTranscriptView } from './annotated-transcript-view.tsx';
import { CriterionCard } from './criterion-card.tsx';
import { InsightsPanel } from './insights-panel.tsx';

interface Props {
  scenario: Scenario;
  log: InterviewLog;
  /** The evaluator's report on `log`. */
  report: ReadinessReport;
  /** The replayed interview, for the annotated transcript; null when it cannot be rebuilt. */
  record: InterviewRecord | null;
  mode: Mode;
}

/** The readiness report: the jury's judgement on one interview, and what to work on next. */
export function ReportView({ scenario, log, report, record, mode }: Props) {
  const t = useTranslate();
  const { i18n } = useTranslation();
  const labels = scenarioLabels(scenario, currentLanguage(i18n.language));
  const formatDate = useDateFormat('long');
  const missing = COMPETENCES.filter((c) => !report.competences[c].acquired).length;
  return (
    <div className="report">
      <p className="print-only">{t('report.printed', { date: formatDate(Date.now()) })}</p>
      <section className={`report-verdict ${report.ready ? 'ready' : 'not-ready'}`} data-ready={report.ready} aria-labelledby="verdict-title">
        <h2 id="verdict-title">{t(report.ready ? 'report.ready' : 'report.notReady')}</h2>
        <p>{report.ready ? t('report.readyDetail') : t('report.notReadyDetail', { count: missing })}</p>
        <ul className="competence-summary" aria-label={t('report.competencesTitle')}>
          {COMPETENCES.map((c) => (
            <li key={c} data-competence={c} data-acquired={report.competences[c].acquired} className={report.competences[c].acquired ? 'acquired' : 'not-acquired'}>
              <strong>{c}</strong> {t(`competences.${c}`)} — {t(report.competences[c].acquired ? 'report.acquired' : 'report.notAcquired')}{' '}
              <span className="hint">({t('report.criteriaMet', { count: report.competences[c].criteriaMet })})</span>
            </li>
          ))}
        </ul>
      </section>
      {COMPETENCES.map((c) => (
        <section key={c} className="report-section competence" aria-labelledby={`competence-${c}`}>
          <h3 id={`competence-${c}`}>
            {c} {t(`competences.${c}`)} — {t(report.competences[c].acquired ? 'report.acquired' : 'report.notAcquired')}
          </h3>
          {CRITERIA.filter((id) => competenceOf(id) === c).map((id) => (
            <CriterionCard key={id} id={id} result={report.criteria[id]} scenario={scenario} log={log} labels={labels} />
          ))}
        </section>
      ))}
      <InsightsPanel scenario={scenario} log={log} talkShare={report.clientTalkShare} labels={labels} />
      {record && <AnnotatedTranscriptView scenario={scenario} record={record} mode={mode} />}
    </div>
  );
}
