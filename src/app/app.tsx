import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createHowlerSoundCues } from '../audio/howler-sound-cues.ts';
import { CatalogueScreen } from '../features/catalogue/catalogue-screen.tsx';
import { newSession, writeSession, type Session } from '../features/session/session.ts';
import type { SessionRead } from '../features/session/session-schema.ts';
import { AppHeader } from './app-header.tsx';
import { hashOfRoute, routeOfHash, type Route } from './route.ts';

// The interview engine and the scenarios load only once a learner opens a scenario.
const SessionScreen = lazy(() => import('../features/session/session-screen.tsx').then((m) => ({ default: m.SessionScreen })));
// The history, its chart and its file import load only when the learner opens it.
const HistoryScreen = lazy(() => import('../features/history/history-screen.tsx').then((m) => ({ default: m.HistoryScreen })));
// The examiner's desk and the documents it prints load only when an examiner opens them.
const ExamDeskScreen = lazy(() => import('../features/exam/exam-desk-screen.tsx').then((m) => ({ default: m.ExamDeskScreen })));
const ExamDocumentScreen = lazy(() => import('../features/exam/documents/exam-document-screen.tsx').then((m) => ({ default: m.ExamDocumentScreen })));

const currentRoute = (): Route => routeOfHash(typeof location === 'undefined' ? '' : location.hash);

export function App({ storage, initial }: { storage: Storage | undefined; initial: SessionRead }) {
  const { t } = useTranslation();
  const sounds = useMemo(() => createHowlerSoundCues({ storage }), [storage]);
  const [session, setSession] = useState<Session | null>(initial.session);
  const [saveFailed, setSaveFailed] = useState(false);
  const [route, setRoute] = useState<Route>(currentRoute);

  // Each section has its own address, so that a reload or the back button keeps the user there.
  useEffect(() => {
    const follow = () => setRoute(currentRoute());
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);
  const show = (next: Route) => {
    setRoute(next);
    const hash = hashOfRoute(next);
    if (location.hash !== hash) history.pushState(null, '', `${location.pathname}${location.search}${hash}`);
  };
  const openHistory = () => {
    setSession(null);
    show({ view: 'history' });
  };
  const loading = <p role="status">{t('app.loading')}</p>;

  // Persist as we go: every change of the session reaches storage at once.
  useEffect(() => setSaveFailed(!writeSession(storage, session)), [storage, session]);

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <AppHeader storage={storage} sounds={sounds} view={session ? null : route.view} onNavigate={(view) => show({ view })} />
      <main id="main" tabIndex={-1}>
        {initial.problem === 'session-unreadable' && <p role="alert" className="notice">{t('app.sessionUnreadable')}</p>}
        {(saveFailed || initial.problem === 'storage-unavailable') && <p role="alert" className="notice">{t('app.storageUnavailable')}</p>}
        {session ? (
          <Suspense fallback={loading}>
            <SessionScreen session={session} onChange={setSession} sounds={sounds} storage={storage} onOpenHistory={openHistory} />
          </Suspense>
        ) : route.view === 'history' ? (
          <Suspense fallback={loading}>
            <HistoryScreen storage={storage} />
          </Suspense>
        ) : route.view === 'exam' ? (
          <Suspense fallback={loading}>
            <ExamDeskScreen storage={storage} sounds={sounds} onOpenDocument={(kind, scenarioId) => show({ view: 'exam-document', kind, scenarioId })} />
          </Suspense>
        ) : route.view === 'exam-document' ? (
          <Suspense fallback={loading}>
            <ExamDocumentScreen kind={route.kind} scenarioId={route.scenarioId} onBack={() => show({ view: 'exam' })} />
          </Suspense>
        ) : (
          <CatalogueScreen onStart={(scenarioId, mode) => setSession(newSession(scenarioId, mode, Date.now()))} />
        )}
      </main>
    </>
  );
}
