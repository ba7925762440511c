import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import summaries from 'virtual:scenario-catalogue';
import type { ExamDocumentKind } from '../../app/route.ts';
import type { SoundCues } from '../../audio/sound-cues.ts';
import type { ExamDraw } from '../../domain/exam/draw.ts';
import { newExamSession, newObserver, type ExamSession } from '../../domain/exam/live-session.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useDateFormat } from '../../i18n/use-date-format.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';
import { useScenario } from '../session/scenario-loader.ts';
import { DrawPanel } from './draw-panel.tsx';
import { archiveSitting, readArchive, readDraws, readExamSession, recordDraw, unarchiveSitting, writeExamSession } from './exam-store.ts';
import { LiveInterview } from './live-interview.tsx';
import { PreparationClock } from './preparation-clock.tsx';
import { ResultsSheetView } from './results-sheet-view.tsx';
import { SittingArchive } from './sitting-archive.tsx';
import { SittingSetup } from './sitting-setup.tsx';
import { newId } from './new-id.ts';
import './exam.css';

interface Props {
  storage: Storage | undefined;
  sounds: SoundCues;
  onOpenDocument: (kind: ExamDocumentKind, scenarioId: string) => void;
}

export type SessionUpdate = (update: (session: ExamSession) => ExamSession) => void;

/** The examiner's desk: draw the scenario, print its documents, run the sitting, consolidate the grids. */
export function ExamDeskScreen({ storage, sounds, onOpenDocument }: Props) {
  const t = useExamTranslate();
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const [initial] = useState(() => readExamSession(storage));
  const [session, setSession] = useState<ExamSession | null>(initial.value);
  const [draws, setDraws] = useState(() => readDraws(storage));
  const [archive, setArchive] = useState(() => readArchive(storage));
  const [saveFailed, setSaveFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Persist as we go: a reload, a closed lid or a crashed tab loses nothing of the sitting.
  useEffect(() => setSaveFailed(!writeExamSession(storage, session)), [storage, session]);
  useEffect(() => heading.current?.focus(), [session?.id]);

  const titleOf = useMemo(() => (id: string) => summaries.find((s) => s.id === id)?.text[lang]?.title ?? id, [lang]);
  const update: SessionUpdate = (change) => setSession((s) => (s ? change(s) : s));

  const begin = (draw: ExamDraw) => {
    recordDraw(storage, draw);
    setDraws(readDraws(storage));
    setSession(newExamSession(newId(), draw, [newObserver(newId(), t('exam.setup.observerName', { n: 1 })), newObserver(newId(), t('exam.setup.observerName', { n: 2 }))]));
  };
  // A finished sitting goes to the archive, to print or export again; an unfinished one is dropped, once confirmed.
  const close = () => {
    if (!session) return;
    if (session.phase === 'results') {
      if (!archiveSitting(storage, session) && !window.confirm(t('exam.archive.notKept'))) return;
      setArchive(readArchive(storage));
    } else if (!window.confirm(t('exam.confirmClose'))) return;
    setSession(null);
  };
  const reopen = (sitting: ExamSession) => {
    unarchiveSitting(storage, sitting.id);
    setArchive(readArchive(storage));
    setSession(sitting);
  };
  const remove = (sitting: ExamSession) => {
    if (!window.confirm(t('exam.archive.confirmRemove', { candidate: sitting.candidate || t('exam.results.unnamed') }))) return;
    unarchiveSitting(storage, sitting.id);
    setArchive(readArchive(storage));
  };

  return (
    <div className="exam-desk">
      <h1 ref={heading} tabIndex={-1}>{t('exam.title')}</h1>
      {initial.problem === 'unreadable' && <p role="alert" className="notice">{t('exam.unreadable')}</p>}
      {archive.problem === 'unreadable' && <p role="alert" className="notice">{t('exam.archive.unreadable')}</p>}
      {(saveFailed || initial.problem === 'storage-unavailable') && <p role="alert" className="notice">{t('exam.notSaved')}</p>}
      {session ? (
        <Sitting session={session} update={update} titleOf={titleOf} sounds={sounds} onOpenDocument={onOpenDocument} onClose={close} />
      ) : (
        <>
          <DrawPanel available={summaries.map((s) => s.id)} titleOf={titleOf} draws={draws.value ?? []} onDraw={begin} />
          <SittingArchive sittings={archive.value ?? []} titleOf={titleOf} onReopen={reopen} onRemove={remove} />
        </>
      )}
    </div>
  );
}

interface SittingProps {
  session: ExamSession;
  update: SessionUpdate;
  titleOf: (id: string) => string;
  sounds: SoundCues;
  onOpenDocument: Props['onOpenDocument'];
  onClose: () => void;
}

function Sitting({ session, update, titleOf, sounds, onOpenDocument, onClose }: SittingProps) {
  const t = useExamTranslate();
  const loaded = useScenario(session.draw.scenario);
  const when = useDateFormat('full', 'medium')(session.draw.drawnAt);

  return (
    <section className="sitting" aria-labelledby="sitting-title" data-phase={session.phase} data-scenario={session.draw.scenario}>
      <header className="sitting-header">
        <h2 id="sitting-title">{titleOf(session.draw.scenario)}</h2>
        <p className="draw-record" data-method={session.draw.method}>
          {t(`exam.drawRecord.${session.draw.method}`, { count: session.draw.pool.length, date: when })}
        </p>
        <button type="button" className="danger" onClick={onClose}>{t(session.phase === 'results' ? 'exam.newSitting' : 'exam.cancelSitting')}</button>
      </header>
      {loaded.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {loaded.status === 'error' && <p role="alert" className="notice">{t('app.scenarioError')} {loaded.message}</p>}
      {loaded.status === 'ready' && (
        <>
          {session.phase === 'setup' && <SittingSetup session={session} update={update} onOpenDocument={onOpenDocument} />}
          {session.phase === 'preparation' && <PreparationClock session={session} update={update} sounds={sounds} onOpenDocument={onOpenDocument} />}
          {session.phase === 'interview' && <LiveInterview scenario={loaded.scenario} session={session} update={update} sounds={sounds} />}
          {session.phase === 'results' && <ResultsSheetView session={session} update={update} title={titleOf(session.draw.scenario)} />}
        </>
      )}
    </section>
  );
}
