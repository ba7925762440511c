import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../../../tests/support/fixtures.ts';
import { sharedTexts, sharedWriting } from './originality.ts';

describe('what two scenarios share', () => {
  it('finds nothing between texts written apart', () => {
    expect(sharedWriting(['Il aime les chiffres et déteste les détours.'], ['Elle rit fort et parle de ses petits-enfants.'])).toEqual([]);
  });

  it('finds a sentence of six words or more written twice, whatever the punctuation or case', () => {
    const shared = sharedWriting(['Il vérifie tout, chiffre par chiffre. Puis il signe.'], ['Ensuite, rien. il vérifie tout chiffre par chiffre !']);
    expect(shared).toEqual([{ kind: 'sentence', text: 'Il vérifie tout, chiffre par chiffre.' }]);
  });

  it('lets a short everyday sentence be said in two scenarios', () => {
    expect(sharedWriting(['Bonjour, entrez donc.'], ['Bonjour, entrez donc.'])).toEqual([]);
  });

  it('finds a long passage copied with only the names and figures changed', () => {
    const shared = sharedWriting(
      ['Depuis 2019, Hervé compare chaque devis ligne à ligne avant de demander leur avis à ses trois associés du cabinet'],
      ['Depuis 2021, Josiane compare chaque devis ligne à ligne avant de demander leur avis à ses cinq associés du cabinet'],
    );
    expect(shared).toHaveLength(1);
    expect(shared[0]?.kind).toBe('passage');
  });

  it('compares two scenarios language by language', () => {
    const a = minimalScenario();
    const b = structuredClone(a);
    expect(sharedTexts(a, b).map((s) => s.lang)).toContain('en');
    expect(sharedTexts(a, b).map((s) => s.lang)).toContain('fr');
  });
});
