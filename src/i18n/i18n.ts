import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import type { Language } from '../domain/scenario/text.ts';

export const LANGUAGE_KEY = 'evs.lang';
export const DEFAULT_LANGUAGE: Language = 'fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fr };
  }
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return value === 'en' || value === 'fr' ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export async function initI18n(lng: Language) {
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return i18next;
}

export function currentLanguage(lng: string): Language {
  return lng.startsWith('en') ? 'en' : 'fr';
}

/**
 * The page says which language it is in, to screen readers and in its title. The language is
 * passed in: right after a switch, the `i18n` a component holds may still report the old one.
 */
export function reflectLanguage(lang: Language, title: string) {
  document.documentElement.lang = lang;
  document.title = title;
}
