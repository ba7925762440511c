import i18next, { type i18n } from 'i18next';
import documentsEn from './locales/exam-documents.en.json';
import documentsFr from './locales/exam-documents.fr.json';
import deskEn from './locales/exam.en.json';
import deskFr from './locales/exam.fr.json';

/**
 * The examiner's strings (the desk, and the documents it prints): needed only on the examiner's
 * screens, so they travel with them rather than with the learner's first screen.
 */
export const EXAM_STRINGS = {
  fr: { ...deskFr, ...documentsFr },
  en: { ...deskEn, ...documentsEn },
} as const;

export function addExamStrings(instance: i18n = i18next): void {
  for (const [lang, strings] of Object.entries(EXAM_STRINGS)) instance.addResourceBundle(lang, 'translation', strings, true, false);
}
