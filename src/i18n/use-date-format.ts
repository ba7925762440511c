import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n.ts';

type Style = 'full' | 'long' | 'medium' | 'short';

/** Dates and times as the reader's language writes them (French or British English). */
export function useDateFormat(dateStyle: Style, timeStyle?: Style): (when: number | string | Date) => string {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const format = useMemo(() => new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle, timeStyle }), [lang, dateStyle, timeStyle]);
  return (when) => format.format(new Date(when));
}
