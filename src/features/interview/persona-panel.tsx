import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../domain/scenario/schema.ts';
import type { Text } from '../../domain/scenario/text.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';

export function moodOf(trust: number): 'cold' | 'reserved' | 'neutral' | 'open' | 'warm' {
  if (trust < 25) return 'cold';
  if (trust < 45) return 'reserved';
  if (trust < 60) return 'neutral';
  if (trust < 75) return 'open';
  return 'warm';
}

/** Who the client is, how they feel, and what their body says right now. */
export function PersonaPanel({ scenario, trust, nonVerbal }: { scenario: Scenario; trust: number; nonVerbal: Text | undefined }) {
  const { t } = useTranslation();
  const text = useScenarioText();
  const mood = moodOf(trust);
  return (
    <aside className="persona" aria-labelledby="persona-name">
      <h2 id="persona-name">{scenario.persona.name}</h2>
      <p>{text(scenario.persona.role)} — {text(scenario.persona.organisation)}</p>
      <label htmlFor="mood">{t('interview.mood', { mood: t(`mood.${mood}`) })}</label>
      <meter id="mood" min={0} max={100} low={35} high={65} optimum={100} value={trust}>{trust}</meter>
      {nonVerbal && (
        <p className="non-verbal" aria-live="polite">
          <span className="visually-hidden">{t('interview.bodyLanguage')} </span>
          {text(nonVerbal)}
        </p>
      )}
    </aside>
  );
}
