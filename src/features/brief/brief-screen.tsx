import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { formatClock } from '../../shared/format-time.ts';
import { useNow } from '../../shared/use-now.ts';
import { PREPARATION_SECONDS, secondsLeft } from '../session/exam-clock.ts';
import type { Session } from '../session/session.ts';
import { Notepad } from './notepad.tsx';
import { BriefSections } from './brief-sections.tsx';

interface Props {
  scenario: Scenario;
  session: Session;
  onChange: (update: (session: Session) => Session) => void;
  onLeave: () => void;
}

export function BriefScreen({ scenario, session, onChange, onLeave }: Props) {
  const { t } = useTranslation();
  const text = useScenarioText();
  const exam = session.mode === 'exam';
  const now = useNow(exam);
  const left = secondsLeft(session.prepStartedAt, PREPARATION_SECONDS, now);
  const { brief } = scenario;

  const start = () => onChange((s) => ({ ...s, phase: 'interview', interviewStartedAt: exam ? Date.now() : null }));
  // In the exam, the interview begins when preparation time is up, as in the real room.
  useEffect(() => {
    if (exam && left === 0) start();
  });
  const leave = () => {
    if (!session.notes || window.confirm(t('brief.confirmLeave'))) onLeave();
  };

  return (
    <div className="brief-layout">
      <article aria-labelledby="brief-title" className="brief">
        <p className="mode-badge">{t(`mode.${session.mode}`)}</p>
        <h1 id="brief-title">{text(scenario.title)}</h1>
        {exam && (
          <p className="timer" role="timer" aria-live="off">
            {t('brief.prepLeft', { time: formatClock(left) })}
          </p>
        )}
        <BriefSections brief={brief} />
      </article>
      <aside className="brief-aside" aria-label={t('brief.preparation')}>
        <Notepad notes={session.notes} onChange={(notes) => onChange((s) => ({ ...s, notes }))} />
        <button type="button" className="primary" onClick={start}>{t('brief.start')}</button>
        <button type="button" className="secondary" onClick={leave}>{t('app.backToCatalogue')}</button>
      </aside>
    </div>
  );
}
