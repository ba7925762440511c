import { useTranslation } from 'react-i18next';

/** The learner's notes, kept with the session and saved at every keystroke. */
export function Notepad({ notes, onChange }: { notes: string; onChange: (notes: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="notepad">
      <label htmlFor="notepad">{t('notepad.label')}</label>
      <textarea id="notepad" value={notes} onChange={(e) => onChange(e.target.value)} rows={10} placeholder={t('notepad.placeholder')} />
      <p className="hint">{t('notepad.saved')}</p>
    </div>
  );
}
