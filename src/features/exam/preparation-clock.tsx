import { startInterview, type ExamSession } from '../../domain/exam/live-session.ts';
import type { ExamDocumentKind } from '../../app/route.ts';
import type { SoundCues } from '../../audio/sound-cues.ts';
import { useCueWhen } from '../../audio/use-cue-when.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';
import { formatClock } from '../../shared/format-time.ts';
import { useNow } from '../../shared/use-now.ts';
import { PREPARATION_SECONDS, secondsLeft } from '../session/exam-clock.ts';
import type { SessionUpdate } from './exam-desk-screen.tsx';
import { Documents } from './sitting-setup.tsx';

interface Props {
  session: ExamSession;
  update: SessionUpdate;
  sounds: SoundCues;
  onOpenDocument: (kind: ExamDocumentKind, scenarioId: string) => void;
}

/** The candidate's 20 minutes alone with the brief; the jury starts the interview when they come in. */
export function PreparationClock({ session, update, sounds, onOpenDocument }: Props) {
  const t = useExamTranslate();
  const now = useNow(true);
  const left = secondsLeft(session.prepStartedAt, PREPARATION_SECONDS, now);
  useCueWhen(sounds, 'end', left === 0);
  return (
    <div className="preparation">
      <section className="exam-card clock-card" aria-labelledby="prep-title">
        <h3 id="prep-title">{t('exam.preparation.title')}</h3>
        <p className={`big-clock${left === 0 ? ' timer-low' : ''}`} role="timer" aria-live="off" data-seconds-left={left}>{formatClock(left)}</p>
        {left === 0 ? <p role="alert">{t('exam.preparation.over')}</p> : <p className="hint">{t('exam.preparation.help')}</p>}
        <button type="button" className="primary" onClick={() => update((s) => startInterview(s, Date.now()))}>{t('exam.preparation.startInterview')}</button>
      </section>
      <section className="exam-card" aria-labelledby="prep-documents-title">
        <h3 id="prep-documents-title">{t('exam.setup.documents')}</h3>
        <Documents scenarioId={session.draw.scenario} onOpenDocument={onOpenDocument} />
      </section>
    </div>
  );
}
