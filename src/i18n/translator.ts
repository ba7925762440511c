import i18next from 'i18next';
import type { Language } from '../domain/scenario/text.ts';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { addReportStrings } from './report-strings.ts';
import type { Translate } from './report-wording.ts';

/** The interface strings outside the browser (the command line), in one language. */
export async function createTranslator(lng: Language): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { fr: { translation: fr }, en: { translation: en } }, interpolation: { escapeValue: false } });
  addReportStrings(instance);
  return (key, options) => instance.t(key as never, options as never) as unknown as string;
}
