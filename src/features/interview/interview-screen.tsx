import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SoundCues } from '../../audio/sound-cues.ts';
import { useCueWhen } from '../../audio/use-cue-when.ts';
import { offeredOptions } from '../../domain/machine/interview-record.ts';
import { transcriptLine } from '../../domain/machine/transcript.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { formatClock } from '../../shared/format-time.ts';
import { useNow } from '../../shared/use-now.ts';
import { Notepad } from '../brief/notepad.tsx';
import { INTERVIEW_SECONDS, secondsLeft, TIME_LOW_SECONDS } from '../session/exam-clock.ts';
import type { Session } from '../session/session.ts';
import { CoachingPanel } from './coaching-panel.tsx';
import { lastExchange } from './last-exchange.ts';
import { PersonaPanel } from './persona-panel.tsx';
import { ReplyChoices } from './reply-choices.tsx';
import { StageProgress } from './stage-progress.tsx';
import { TranscriptView } from './transcript-view.tsx';
import { useInterview } from './use-interview.ts';

interface Props {
  scenario: Scenario;
  session: Session;
  onChange: (update: (session: Session) => Session) => void;
  sounds: SoundCues;
  onRestart: () => void;
}

export function InterviewScreen({ scenario, session, onChange, sounds, onRestart }: Props) {
  const { t } = useTranslation();
  const text = useScenarioText();
  const { actor, snapshot, droppedReplies } = useInterview(scenario, session, sounds, (choices, ended) =>
    onChange((s) => ({ ...s, choices, ...(ended ? { phase: 'ended', endedBy: ended, endedAt: Date.now() } : {}) })),
  );
  const record = snapshot.context;
  const exam = session.mode === 'exam';
  const now = useNow(exam);
  const left = secondsLeft(session.interviewStartedAt, INTERVIEW_SECONDS, now);

  useCueWhen(sounds, 'time-low', exam && left > 0 && left <= TIME_LOW_SECONDS);
  useEffect(() => {
    if (exam && left === 0) actor.send({ type: 'clock.expired' });
  }, [exam, left, actor]);

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const lastClient = record.transcript.findLast((e) => e.speaker === 'client');
  const nonVerbal = lastClient ? transcriptLine(scenario, lastClient).nonVerbal : undefined;
  const exchange = !exam ? lastExchange(scenario, record) : null;
  const abandon = () => {
    if (window.confirm(t('interview.confirmAbandon'))) actor.send({ type: 'learner.abandon' });
  };
  const restart = () => {
    if (window.confirm(t('interview.confirmRestart'))) onRestart();
  };

  return (
    <div className="interview">
      <h1 ref={heading} tabIndex={-1} className="interview-title">
        {text(scenario.title)} <span className="mode-badge">{t(`mode.${session.mode}`)}</span>
      </h1>
      {droppedReplies > 0 && <p role="alert" className="notice">{t('interview.repliesDropped', { count: droppedReplies })}</p>}
      {exam && (
        <p className={left <= TIME_LOW_SECONDS ? 'timer timer-low' : 'timer'} role="timer" aria-live="off">
          {t('interview.timeLeft', { time: formatClock(left) })}
        </p>
      )}
      <StageProgress scenario={scenario} stage={record.stage} events={record.events} />
      <div className="interview-body">
        <PersonaPanel scenario={scenario} trust={record.trust} nonVerbal={nonVerbal} />
        <section className="conversation" aria-labelledby="conversation-title">
          <h2 id="conversation-title" className="visually-hidden">{t('interview.conversation')}</h2>
          <TranscriptView scenario={scenario} transcript={record.transcript} live />
          {exchange && <CoachingPanel scenario={scenario} exchange={exchange} />}
          <ReplyChoices turnKey={`${record.turnId}:${record.chosen.length}`} options={offeredOptions(scenario, record)} onChoose={(optionId) => actor.send({ type: 'learner.choose', optionId })} />
        </section>
      </div>
      <details className="notes-drawer">
        <summary>{t('notepad.label')}</summary>
        <Notepad notes={session.notes} onChange={(notes) => onChange((s) => ({ ...s, notes }))} />
      </details>
      <div className="interview-actions">
        <button type="button" className="secondary" onClick={restart}>{t('interview.restart')}</button>
        <button type="button" className="danger" onClick={abandon}>{t('interview.abandon')}</button>
      </div>
    </div>
  );
}
