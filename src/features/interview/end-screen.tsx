import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluate } from '../../domain/evaluator/evaluate.ts';
import { createInterviewMachine } from '../../domain/machine/interview-machine.ts';
import { toInterviewLog } from '../../domain/machine/interview-record.ts';
import { spokenSeconds } from '../../domain/machine/speech.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { useTranslate } from '../../i18n/use-translate.ts';
import { formatClock } from '../../shared/format-time.ts';
import { downloadFile } from '../../shared/download.ts';
import { recordAttempt } from '../history/history-store.ts';
import { ReportView } from '../report/report-view.tsx';
import type { Session } from '../session/session.ts';
import { replayInterview } from './replay.ts';

interface Props {
  scenario: Scenario;
  session: Session;
  storage: Storage | undefined;
  onRestart: () => void;
  onLeave: () => void;
  onOpenHistory: () => void;
}

/** The finished interview: its readiness report, kept in the history, and its interview log. */
export function EndScreen({ scenario, session, storage, onRestart, onLeave, onOpenHistory }: Props) {
  const { t } = useTranslation();
  const tr = useTranslate();
  const text = useScenarioText();
  const record = useMemo(() => replayInterview(createInterviewMachine(scenario), session).actor.getSnapshot().context, [scenario, session]);
  const interviewLog = useMemo(() => toInterviewLog(record), [record]);
  const report = useMemo(() => evaluate(interviewLog), [interviewLog]);
  const log = JSON.stringify(interviewLog, null, 2);
  const heading = useRef<HTMLHeadingElement>(null);
  const [historySaved, setHistorySaved] = useState(true);
  useEffect(() => heading.current?.focus(), []);

  // Every finished interview joins the history, once: the attempt id is the session's.
  useEffect(() => {
    if (record.outcome === 'in-progress') return;
    // A session stored before attempts had ids gets one derived from it, so it is still recorded once.
    const id = session.attemptId ?? `legacy-${scenario.id}-${session.interviewStartedAt ?? session.prepStartedAt ?? 0}-${session.choices.length}`;
    setHistorySaved(recordAttempt(storage, { id, scenarioId: scenario.id, mode: session.mode, outcome: record.outcome, finishedAt: session.endedAt ?? Date.now(), choices: record.chosen, log: interviewLog }));
  }, [storage, session, scenario.id, record, interviewLog]);

  return (
    <div className="end">
      <h1 ref={heading} tabIndex={-1}>{t(`end.outcome.${record.outcome}` as 'end.outcome.completed')}</h1>
      <p>{text(scenario.title)} — {t(`mode.${session.mode}`)}</p>
      <p>{t('end.summary', { exchanges: record.chosen.length, time: formatClock(spokenSeconds(record.events)) })}</p>
      {!historySaved && <p role="alert" className="notice">{tr('history.notSaved')}</p>}
      <div className="end-actions">
        <button type="button" className="primary" onClick={() => window.print()}>{tr('report.print')}</button>
        <button type="button" className="secondary" onClick={onRestart}>{t('end.restart')}</button>
        <button type="button" className="secondary" onClick={onOpenHistory}>{tr('report.viewHistory')}</button>
        <button type="button" className="secondary" onClick={onLeave}>{t('app.backToCatalogue')}</button>
      </div>
      <ReportView scenario={scenario} log={interviewLog} report={report} record={record} mode={session.mode} />
      <section aria-labelledby="log-title" className="log-section">
        <h2 id="log-title">{t('end.log')}</h2>
        <p>{t('end.logHelp')}</p>
        <button type="button" onClick={() => downloadFile(`${scenario.id}-interview-log.json`, log)}>{t('end.downloadLog')}</button>
        <pre className="log" tabIndex={0} aria-label={t('end.log')}>{log}</pre>
      </section>
    </div>
  );
}
