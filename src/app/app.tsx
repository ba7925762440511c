import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createHowlerSoundCues } from '../audio/howler-sound-cues.ts';
import { CatalogueScreen } from '../features/catalogue/catalogue-screen.tsx';
import { newSession, writeSession, type Session } from '../features/session/session.ts';
import type { SessionRead } from '../features/session/session-schema.ts';
import { AppHeader } from './app-header.tsx';

// The interview engine and the scenarios load only once a learner opens a scenario.
const SessionScreen = lazy(() => import('../features/session/session-screen.tsx').then((m) => ({ default: m.SessionScreen })));

export function App({ storage, initial }: { storage: Storage | undefined; initial: SessionRead }) {
  const { t } = useTranslation();
  const sounds = useMemo(() => createHowlerSoundCues({ storage }), [storage]);
  const [session, setSession] = useState<Session | null>(initial.session);
  const [saveFailed, setSaveFailed] = useState(false);

  // Persist as we go: every change of the session reaches storage at once.
  useEffect(() => setSaveFailed(!writeSession(storage, session)), [storage, session]);

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <AppHeader storage={storage} sounds={sounds} />
      <main id="main" tabIndex={-1}>
        {initial.problem === 'session-unreadable' && <p role="alert" className="notice">{t('app.sessionUnreadable')}</p>}
        {(saveFailed || initial.problem === 'storage-unavailable') && <p role="alert" className="notice">{t('app.storageUnavailable')}</p>}
        {session ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <SessionScreen session={session} onChange={setSession} sounds={sounds} />
          </Suspense>
        ) : (
          <CatalogueScreen onStart={(scenarioId, mode) => setSession(newSession(scenarioId, mode, Date.now()))} />
        )}
      </main>
    </>
  );
}
