import i18next, { type i18n } from 'i18next';
import en from './locales/report.en.json';
import fr from './locales/report.fr.json';

/**
 * The report's and the history's strings: many, and needed only once an interview ends or the
 * history opens, so they travel with those screens rather than with the first one.
 */
export const REPORT_STRINGS = { fr, en } as const;

export function addReportStrings(instance: i18n = i18next): void {
  // Merged into each language's strings; adding them again changes nothing.
  for (const [lang, strings] of Object.entries(REPORT_STRINGS)) instance.addResourceBundle(lang, 'translation', strings, true, false);
}
