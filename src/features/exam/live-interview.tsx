import { useMemo } from 'react';
import type { SoundCues } from '../../audio/sound-cues.ts';
import { useCueWhen } from '../../audio/use-cue-when.ts';
import { endInterview, interviewClock, setStage, type ExamSession } from '../../domain/exam/live-session.ts';
import { juryScript } from '../../domain/exam/jury-script.ts';
import { scheduledStage, stageSlots } from '../../domain/exam/schedule.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { formatClock } from '../../shared/format-time.ts';
import { useNow } from '../../shared/use-now.ts';
import { INTERVIEW_SECONDS, TIME_LOW_SECONDS } from '../session/exam-clock.ts';
import type { SessionUpdate } from './exam-desk-screen.tsx';
import { TallyPanel } from './tally-panel.tsx';

interface Props {
  scenario: Scenario;
  session: ExamSession;
  update: SessionUpdate;
  sounds: SoundCues;
}

const STAGES = [1, 2, 3, 4, 5, 6] as const;

/** The 30 minutes: the clock and the stage for the jury member playing the client, the observers' grids. */
export function LiveInterview({ scenario, session, update, sounds }: Props) {
  const t = useExamTranslate();
  const text = useScenarioText();
  const now = useNow(true);
  const slots = useMemo(() => stageSlots(scenario.stages), [scenario]);
  const elapsed = interviewClock(session, now) / 1000;
  const left = Math.max(0, INTERVIEW_SECONDS - elapsed);
  // The jury hears when five minutes remain and when the time is up, without watching the clock.
  useCueWhen(sounds, 'time-low', left > 0 && left <= TIME_LOW_SECONDS);
  useCueWhen(sounds, 'end', left === 0);
  const slot = slots.find((s) => s.stage === session.stage);
  const expected = scheduledStage(slots, elapsed);
  const expectedSlot = slots.find((s) => s.stage === expected);
  const inStage = elapsed - session.stageSince / 1000;
  const stage = scenario.stages.find((s) => s.number === session.stage);
  const script = useMemo(() => juryScript(scenario), [scenario]);
  const placed = script.stages.find((s) => s.number === session.stage);

  const end = () => {
    if (left > 0 && !window.confirm(t('exam.live.confirmEnd', { time: formatClock(left) }))) return;
    update((s) => endInterview(s, Date.now()));
  };

  return (
    <div className="live-interview">
      <section className="exam-card clock-card live-clock" aria-labelledby="clock-title">
        <div className="clock-side">
          <h3 id="clock-title">{t('exam.live.title')}</h3>
          <p className={`big-clock${left <= TIME_LOW_SECONDS ? ' timer-low' : ''}`} role="timer" aria-live="off" data-seconds-left={Math.floor(left)}>
            {formatClock(left)}
          </p>
          <p className="hint">{t('exam.live.elapsed', { time: formatClock(elapsed) })}</p>
          {left === 0 && <p role="alert" className="notice">{t('exam.live.timeUp')}</p>}
          <button type="button" className="primary" onClick={end}>{t('exam.live.end')}</button>
        </div>
        <div className="stage-side">
          <div className="current-stage" data-stage={session.stage}>
            <p className="stage-now">
              <strong>{t('exam.live.stage', { stage: session.stage, name: t(`stages.${session.stage}`) })}</strong>
            </p>
            {slot && (
              <p className={inStage > slot.minutes * 60 ? 'timer-low' : undefined}>
                {t('exam.live.stageTime', { spent: formatClock(inStage), minutes: slot.minutes, from: formatClock(slot.startsAt), to: formatClock(slot.endsAt) })}
              </p>
            )}
            {expected !== session.stage && expectedSlot && (
              <p className="hint schedule-hint">{t('exam.live.scheduleSays', { stage: expected, name: t(`stages.${expected}`), from: formatClock(expectedSlot.startsAt) })}</p>
            )}
          </div>
          <div className="stage-switch" role="group" aria-label={t('exam.live.stages')}>
            {STAGES.map((n) => (
              <button key={n} type="button" className="tally-button" aria-pressed={session.stage === n} onClick={() => update((s) => setStage(s, n, Date.now()))}>
                {n}. {t(`stages.${n}`)}
              </button>
            ))}
          </div>
          {stage && (
            <details className="stage-cues">
              <summary>{t('exam.live.stageScript')}</summary>
              <ul>
                {stage.clientQuestions.map((q, i) => (
                  <li key={`q${i}`}><em>{text(q.moment)}</em> — {t('exam.live.quote', { text: text(q.question) })}</li>
                ))}
                {stage.typicalPhrases.map((p, i) => <li key={`p${i}`}>{t('exam.live.quote', { text: text(p) })}</li>)}
              </ul>
              {placed && placed.objections.length > 0 && (
                <>
                  <h4>{t('exam.live.objectionsHere')}</h4>
                  <ul>
                    {placed.objections.map(({ objection }) => (
                      <li key={objection.id}><strong>{text(objection.label ?? objection.reason)}</strong> — {text(objection.dispelledBy)}</li>
                    ))}
                  </ul>
                </>
              )}
              {placed && placed.signals.length > 0 && (
                <>
                  <h4>{t('exam.live.signalsHere')}</h4>
                  <ul>
                    {placed.signals.map(({ signal }) => <li key={signal.id}>{text(signal.description)}</li>)}
                  </ul>
                </>
              )}
            </details>
          )}
        </div>
      </section>

      <div className="observer-panels">
        {session.observers.map((observer) => (
          <TallyPanel key={observer.id} scenario={scenario} session={session} observer={observer} now={now} update={update} />
        ))}
      </div>
    </div>
  );
}
