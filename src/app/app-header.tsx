import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SoundCues } from '../audio/sound-cues.ts';
import { currentLanguage, LANGUAGE_KEY, reflectLanguage } from '../i18n/i18n.ts';
import type { Route } from './route.ts';

type View = 'catalogue' | 'history' | 'exam';
type Section = Route['view'];

interface Props {
  storage: Storage | undefined;
  sounds: SoundCues;
  /** The section shown when no interview is under way; null during one. */
  view: Section | null;
  onNavigate: (view: View) => void;
}

export function AppHeader({ storage, sounds, view, onNavigate }: Props) {
  const { t, i18n } = useTranslation();
  const [muted, setMuted] = useState(() => sounds.isMuted());
  const other = currentLanguage(i18n.language) === 'fr' ? 'en' : 'fr';

  const switchLanguage = async () => {
    await i18n.changeLanguage(other);
    reflectLanguage(other, i18n.t('app.title'));
    try {
      storage?.setItem(LANGUAGE_KEY, other);
    } catch {
      // The choice still holds for this visit.
    }
  };
  const toggleSound = () => {
    sounds.setMuted(!muted);
    setMuted(!muted);
  };

  return (
    <header className="app-header">
      <p className="app-title">{t('app.title')}</p>
      {view && (
        <nav aria-label={t('nav.label')} className="app-nav">
          <button type="button" aria-current={view === 'catalogue' ? 'page' : undefined} onClick={() => onNavigate('catalogue')}>{t('nav.catalogue')}</button>
          <button type="button" aria-current={view === 'history' ? 'page' : undefined} onClick={() => onNavigate('history')}>{t('nav.history')}</button>
          <button type="button" aria-current={view === 'exam' || view === 'exam-document' ? 'page' : undefined} onClick={() => onNavigate('exam')}>{t('nav.exam')}</button>
        </nav>
      )}
      <div className="app-header-actions">
        <button type="button" onClick={toggleSound} aria-pressed={muted}>
          {muted ? t('app.soundOff') : t('app.soundOn')}
        </button>
        <button type="button" onClick={switchLanguage} lang={other}>
          {t('app.otherLanguage')}
        </button>
      </div>
    </header>
  );
}
