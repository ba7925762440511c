import type { Scenario } from './schema.ts';
import { LANGUAGES, resolveText, type Language, type Text } from './text.ts';

type Resolved<T> = T extends string ? string : T extends { fr?: string; en?: string } ? string : T extends (infer U)[] ? Resolved<U>[] : T extends object ? { [K in keyof T]: Resolved<T[K]> } : T;
export type ResolvedScenario = Resolved<Scenario>;

function isText(value: object): value is Exclude<Text, string> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (LANGUAGES as readonly string[]).includes(k));
}

function resolveValue(value: unknown, lang: Language): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, lang));
  if (typeof value !== 'object' || value === null) return value;
  if (isText(value)) return resolveText(value, lang);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, lang)]));
}

/** The scenario in one language: every text a plain string. */
export function resolveScenario(scenario: Scenario, lang: Language): ResolvedScenario {
  return resolveValue(scenario, lang) as ResolvedScenario;
}

/** Every text of the scenario in one language, for word counts and content checks. */
export function scenarioTexts(scenario: Scenario, lang: Language): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    if (isText(value)) {
      out.push(resolveText(value, lang));
      return;
    }
    Object.values(value).forEach(walk);
  };
  walk(scenario);
  return out;
}
