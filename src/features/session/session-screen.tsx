import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { SoundCues } from '../../audio/sound-cues.ts';
import { BriefScreen } from '../brief/brief-screen.tsx';
import { InterviewScreen } from '../interview/interview-screen.tsx';
import { EndScreen } from '../interview/end-screen.tsx';
import { newSession, type Session } from './session.ts';
import { useScenario } from './scenario-loader.ts';

interface Props {
  session: Session;
  onChange: Dispatch<SetStateAction<Session | null>>;
  sounds: SoundCues;
  storage: Storage | undefined;
  onOpenHistory: () => void;
}

/** The screen of the session's phase, once its scenario has loaded. */
export function SessionScreen({ session, onChange, sounds, storage, onOpenHistory }: Props) {
  const { t } = useTranslation();
  const state = useScenario(session.scenarioId);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div role="alert" className="notice">
        <p>{t('app.scenarioError')}</p>
        <pre>{state.message}</pre>
        <button type="button" onClick={() => onChange(null)}>{t('app.backToCatalogue')}</button>
      </div>
    );
  }
  const { scenario } = state;
  const leave = () => onChange(null);
  const update = (change: (session: Session) => Session) => onChange((current) => (current ? change(current) : current));
  const restart = () => onChange(newSession(session.scenarioId, session.mode, Date.now()));
  switch (session.phase) {
    case 'brief':
      return <BriefScreen scenario={scenario} session={session} onChange={update} onLeave={leave} />;
    case 'interview':
      return <InterviewScreen scenario={scenario} session={session} onChange={update} sounds={sounds} onRestart={restart} />;
    case 'ended':
      return <EndScreen scenario={scenario} session={session} storage={storage} onRestart={restart} onLeave={leave} onOpenHistory={onOpenHistory} />;
  }
}
