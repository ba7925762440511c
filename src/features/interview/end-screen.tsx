import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createInterviewMachine } from '../../domain/machine/interview-machine.ts';
import { toInterviewLog } from '../../domain/machine/interview-record.ts';
import { spokenSeconds } from '../../domain/machine/speech.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { formatClock } from '../../shared/format-time.ts';
import type { Session } from '../session/session.ts';
import { replayInterview } from './replay.ts';
import { TranscriptView } from './transcript-view.tsx';

function download(name: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The finished interview: its outcome, transcript and interview log. */
export function EndScreen({ scenario, session, onRestart, onLeave }: { scenario: Scenario; session: Session; onRestart: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  const text = useScenarioText();
  const record = useMemo(() => replayInterview(createInterviewMachine(scenario), session).actor.getSnapshot().context, [scenario, session]);
  const log = JSON.stringify(toInterviewLog(record), null, 2);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="end">
      <h1 ref={heading} tabIndex={-1}>{t(`end.outcome.${record.outcome}` as 'end.outcome.completed')}</h1>
      <p>{text(scenario.title)} — {t(`mode.${session.mode}`)}</p>
      <p>{t('end.summary', { exchanges: record.chosen.length, time: formatClock(spokenSeconds(record.events)) })}</p>
      <div className="end-actions">
        <button type="button" className="primary" onClick={onRestart}>{t('end.restart')}</button>
        <button type="button" className="secondary" onClick={onLeave}>{t('app.backToCatalogue')}</button>
      </div>
      <section aria-labelledby="transcript-title">
        <h2 id="transcript-title">{t('end.transcript')}</h2>
        <TranscriptView scenario={scenario} transcript={record.transcript} />
      </section>
      <section aria-labelledby="log-title">
        <h2 id="log-title">{t('end.log')}</h2>
        <p>{t('end.logHelp')}</p>
        <button type="button" onClick={() => download(`${scenario.id}-interview-log.json`, log)}>{t('end.downloadLog')}</button>
        <pre className="log" tabIndex={0} aria-label={t('end.log')}>{log}</pre>
      </section>
    </div>
  );
}
