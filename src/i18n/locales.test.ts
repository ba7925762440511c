import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import fr from './locales/fr.json';
import reportEn from './locales/report.en.json';
import reportFr from './locales/report.fr.json';
import examDocumentsEn from './locales/exam-documents.en.json';
import examDocumentsFr from './locales/exam-documents.fr.json';
import examEn from './locales/exam.en.json';
import examFr from './locales/exam.fr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort() : [];
}

const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree);

const BUNDLES = [
  ['the interface strings', fr, en],
  ['the report and history strings', reportFr, reportEn],
  ['the examiner’s desk strings', examFr, examEn],
  ['the exam documents’ strings', examDocumentsFr, examDocumentsEn],
] as const;

describe('the bundles of strings', () => {
  it('never define the same key twice', () => {
    const all = BUNDLES.flatMap(([, fr]) => keys(fr));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });
});

describe.each(BUNDLES)('%s', (_, fr, en) => {
  it('exist in French and English with the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys(fr)) expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(fr, key)));
  });

  it('are never empty', () => {
    for (const key of keys(fr)) {
      expect(String(lookup(fr, key)).trim(), key).not.toBe('');
      expect(String(lookup(en, key)).trim(), key).not.toBe('');
    }
  });
});
