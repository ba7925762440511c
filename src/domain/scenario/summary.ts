import type { Scenario } from './schema.ts';
import { resolveText } from './text.ts';

/** What the catalogue and `scenarios list` show of a scenario, without its dialogue. */
export function summariseScenario(scenario: Scenario) {
  const text = Object.fromEntries(
    scenario.languages.map((lang) => [
      lang,
      {
        title: resolveText(scenario.title, lang),
        summary: resolveText(scenario.summary, lang),
        offerName: resolveText(scenario.brief.offer.name, lang),
        personaRole: resolveText(scenario.persona.role, lang),
      },
    ]),
  );
  return {
    id: scenario.id,
    market: scenario.market,
    domain: scenario.domain,
    offer: scenario.offer,
    languages: scenario.languages,
    company: scenario.brief.company.name,
    persona: scenario.persona.name,
    text,
  };
}
export type ScenarioSummary = ReturnType<typeof summariseScenario>;
