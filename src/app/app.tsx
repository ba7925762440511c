import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createHowlerSoundCues } from '../audio/howler-sound-cues.ts';
import { CatalogueScreen } from '../features/catalogue/catalogue-screen.tsx';
import { newSession, writeSession, type Session } from '../features/session/session.ts';
import type { SessionRead } from '../features/session/session-schema.ts';
import { AppHeader } from './app-header.tsx';

// The interview engine and the scenarios load only once a learner opens a scenario.
const SessionScreen = lazy(() => import('../features/session/session-screen.tsx').then((m) => ({ default: m.SessionScreen })));
// The history, its chart and its file import load only when the learner opens it.
const HistoryScreen = lazy(() => import('../features/history/history-screen.tsx').then((m) => ({ default: m.HistoryScreen })));

type View = 'catalogue' | 'history';
const HISTORY_HASH = '#progression';
const viewOfHash = (): View => (typeof location !== 'undefined' && location.hash === HISTORY_HASH ? 'history' : 'catalogue');

export function App({ storage, initial }: { storage: Storage | undefined; initial: SessionRead }) {
  const { t } = useTranslation();
  const sounds = useMemo(() => createHowlerSoundCues({ storage }), [storage]);
  const [session, setSession] = useState<Session | null>(initial.session);
  const [saveFailed, setSaveFailed] = useState(false);
  const [view, setView] = useState<View>(viewOfHash);

  // The history has its own address, so that a reload or the back button keeps the learner there.
  useEffect(() => {
    const follow = () => setView(viewOfHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const show = (next: View) => {
    setView(next);
    const hash = next === 'history' ? HISTORY_HASH : '';
    if (location.hash !== hash) history.pushState(null, '', `${location.pathname}${location.search}${hash}`);
  };
  const openHistory = () => {
    setSession(null);
    show('history');
  };

  // Persist as we go: every change of the session reaches storage at once.
  useEffect(() => setSaveFailed(!writeSession(storage, session)), [storage, session]);

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <AppHeader storage={storage} sounds={sounds} view={session ? null : view} onNavigate={show} />
      <main id="main" tabIndex={-1}>
        {initial.problem === 'session-unreadable' && <p role="alert" className="notice">{t('app.sessionUnreadable')}</p>}
        {(saveFailed || initial.problem === 'storage-unavailable') && <p role="alert" className="notice">{t('app.storageUnavailable')}</p>}
        {session ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <SessionScreen session={session} onChange={setSession} sounds={sounds} storage={storage} onOpenHistory={openHistory} />
          </Suspense>
        ) : view === 'history' ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <HistoryScreen storage={storage} />
          </Suspense>
        ) : (
          <CatalogueScreen onStart={(scenarioId, mode) => setSession(newSession(scenarioId, mode, Date.now()))} />
        )}
      </main>
    </>
  );
}
