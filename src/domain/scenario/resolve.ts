import type { Scenario } from './schema.ts';
import { LANGUAGES, resolveText, type Language, type Text } from './text.ts';

type Resolved<T> = T extends string ? string : T extends { fr?: string; en?: string } ? string : T extends (infer U)[] ? Resolved<U>[] : T extends object ? { [K in keyof T]: Resolved<T[K]> } : T;
export type ResolvedScenario = Resolved<Scenario>;

type LocalizedText = Exclude<Text, string>;

/** An object whose keys are all languages: a text written per language. */
function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (LANGUAGES as readonly string[]).includes(k));
}

/** Calls `visit` on every text written per language, with its dotted path in the scenario. */
export function forEachLocalizedText(value: unknown, visit: (text: LocalizedText, path: string) => void, path = ''): void {
  const child = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (Array.isArray(value)) return value.forEach((v, i) => forEachLocalizedText(v, visit, child(i)));
  if (typeof value !== 'object' || value === null) return;
  if (isLocalizedText(value)) return visit(value, path);
  for (const [key, v] of Object.entries(value)) forEachLocalizedText(v, visit, child(key));
}

function resolveValue(value: unknown, lang: Language): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, lang));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalizedText(value)) return resolveText(value, lang);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, lang)]));
}

/** The scenario in one language: every text a plain string. */
export function resolveScenario(scenario: Scenario, lang: Language): ResolvedScenario {
  return resolveValue(scenario, lang) as ResolvedScenario;
}

/** Every text of the scenario in one language, for word counts and content checks. */
export function scenarioTexts(scenario: Scenario, lang: Language): string[] {
  const out: string[] = [];
  forEachLocalizedText(scenario, (text) => out.push(resolveText(text, lang)));
  return out;
}
