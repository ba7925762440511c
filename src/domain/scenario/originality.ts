import { scenarioTexts } from './resolve.ts';
import type { Scenario } from './schema.ts';
import { LANGUAGES, type Language } from './text.ts';

/**
 * Finds what two scenarios share: the same sentence, or the same long passage with only names and
 * figures changed. Each scenario must be its own sale (DEVELOPERS.md, "Writing scenarios").
 */

/** Sentences shorter than this are ordinary speech ("Bonjour madame."), not shared writing. */
export const MIN_SHARED_SENTENCE_WORDS = 6;
/** A run of this many words in common, names and figures aside, is a copied passage. */
export const SHARED_PASSAGE_WORDS = 10;

export interface SharedText {
  lang: Language;
  kind: 'sentence' | 'passage';
  text: string;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|\n+/u).map((s) => s.trim()).filter(Boolean);
}

/** Lower case, punctuation dropped; proper nouns and figures become placeholders. */
function shapeWords(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.map((word, i) => {
    if (/\p{N}/u.test(word)) return '#';
    // A capital inside a sentence marks a name: swapping names must not hide a copy.
    if (i > 0 && /^\p{Lu}/u.test(word)) return 'N';
    return word.toLowerCase();
  });
}

interface Fingerprint {
  sentences: Map<string, string>;
  passages: Map<string, string>;
}

function fingerprint(texts: readonly string[]): Fingerprint {
  const print: Fingerprint = { sentences: new Map(), passages: new Map() };
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const words = shapeWords(sentence);
      if (words.length >= MIN_SHARED_SENTENCE_WORDS) print.sentences.set(words.join(' '), sentence);
    }
    // Shaped sentence by sentence, so that a sentence's first word is not taken for a name.
    const words = sentences(text).flatMap(shapeWords);
    for (let i = 0; i + SHARED_PASSAGE_WORDS <= words.length; i++) {
      print.passages.set(words.slice(i, i + SHARED_PASSAGE_WORDS).join(' '), text);
    }
  }
  return print;
}

/** The sentences, then the passages outside them, that two bodies of text have in common. */
export function sharedWriting(a: readonly string[], b: readonly string[]): Omit<SharedText, 'lang'>[] {
  const left = fingerprint(a);
  const right = fingerprint(b);
  const shared: Omit<SharedText, 'lang'>[] = [];
  for (const [key, sentence] of left.sentences) {
    if (right.sentences.has(key)) shared.push({ kind: 'sentence', text: sentence });
  }
  const textsReported = new Set<string>();
  for (const [key, text] of left.passages) {
    if (!right.passages.has(key) || textsReported.has(text)) continue;
    if (shared.some((s) => text.includes(s.text))) continue;
    textsReported.add(text);
    shared.push({ kind: 'passage', text: `“${key}” in “${text}”` });
  }
  return shared;
}

/** What `a` and `b` share, in every language they are both written in. */
export function sharedTexts(a: Scenario, b: Scenario): SharedText[] {
  return LANGUAGES.filter((lang) => a.languages.includes(lang) && b.languages.includes(lang)).flatMap((lang) =>
    sharedWriting(scenarioTexts(a, lang), scenarioTexts(b, lang)).map((found) => ({ lang, ...found })),
  );
}
