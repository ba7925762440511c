import { useEffect, useMemo, useRef } from 'react';
import { COMPETENCES } from '../../domain/evaluator/criteria.ts';
import { createInterviewMachine } from '../../domain/machine/interview-machine.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { useTranslate } from '../../i18n/use-translate.ts';
import { replayInterview } from '../interview/replay.ts';
import { ReportView } from '../report/report-view.tsx';
import { useScenario } from '../session/scenario-loader.ts';
import type { Attempt } from './attempt.ts';
import type { AttemptResult } from './progress.ts';

/** JSON with keys in order: a stored log read back through its schema may list fields differently. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/** The transcript, rebuilt by replaying the replies, when it still gives exactly the stored log. */
function useReplayedRecord(scenario: Scenario | null, attempt: Attempt) {
  return useMemo(() => {
    if (!scenario) return null;
    const { actor } = replayInterview(createInterviewMachine(scenario), { choices: attempt.choices, endedBy: attempt.outcome });
    const record = actor.getSnapshot().context;
    return canonical(record.events) === canonical(attempt.log.events) ? record : null;
  }, [scenario, attempt]);
}

/** A past interview's report, from its stored log. */
export function AttemptReport({ result, title, date, onBack }: { result: AttemptResult; title: string; date: string; onBack: () => void }) {
  const { attempt, report } = result;
  const t = useTranslate();
  const text = useScenarioText();
  const state = useScenario(attempt.scenarioId);
  const scenario = state.status === 'ready' ? state.scenario : null;
  const record = useReplayedRecord(scenario, attempt);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="attempt-report">
      <h1 ref={heading} tabIndex={-1}>{t('report.title')}</h1>
      <p>{scenario ? text(scenario.title) : title} — {t(`mode.${attempt.mode}`)} — {date} — {t(`end.outcome.${attempt.outcome}`)}</p>
      <div className="end-actions">
        <button type="button" className="primary" onClick={() => window.print()}>{t('report.print')}</button>
        <button type="button" className="secondary" onClick={onBack}>{t('history.back')}</button>
      </div>
      {state.status === 'loading' && <p role="status">{t('history.loadingReport')}</p>}
      {state.status === 'error' && (
        <>
          <p className="notice" role="alert">{t('history.unknownScenario')}</p>
          <ul className="competence-summary">
            {COMPETENCES.map((c) => (
              <li key={c} data-competence={c} data-acquired={report.competences[c].acquired}>
                <strong>{c}</strong> {t(`competences.${c}`)} — {t(report.competences[c].acquired ? 'report.acquired' : 'report.notAcquired')}
              </li>
            ))}
          </ul>
        </>
      )}
      {scenario && !record && <p className="notice">{t('history.transcriptChanged')}</p>}
      {scenario && <ReportView scenario={scenario} log={attempt.log} report={report} record={record} mode={attempt.mode} />}
    </div>
  );
}
