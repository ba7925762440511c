import { useTranslation } from 'react-i18next';
import { resolveText, type Text } from '../domain/scenario/text.ts';
import { currentLanguage } from './i18n.ts';

/** Scenario texts in the language the learner reads the app in. */
export function useScenarioText() {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  return (text: Text | undefined) => (text === undefined ? '' : resolveText(text, lang));
}
