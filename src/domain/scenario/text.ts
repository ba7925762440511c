import { z } from 'zod';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

/**
 * A text of the scenario: one string per language, or a single plain string for what does not
 * translate (a proper noun, a price).
 */
export const textSchema = z.union([z.string().min(1), z.strictObject({ fr: z.string().min(1).optional(), en: z.string().min(1).optional() })]);
export type Text = z.infer<typeof textSchema>;

export function resolveText(text: Text, lang: Language): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.fr ?? text.en ?? '';
}

/** Every language a text is written in (all of them for a plain string). */
export function textLanguages(text: Text): Language[] {
  if (typeof text === 'string') return [...LANGUAGES];
  return LANGUAGES.filter((lang) => typeof text[lang] === 'string');
}

export function wordCount(sentence: string): number {
  const words = sentence.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}
