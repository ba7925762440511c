import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../domain/evaluator/criteria.ts';
import type { CriterionResult, DiscountReason, Missing } from '../domain/evaluator/evaluate.ts';
import { LEARNER_ACT_NAMES } from '../domain/interview-log/acts.ts';
import { criterionName, discountText, figureText, idLabels, lackText, tipText } from './report-wording.ts';
import { createTranslator } from './translator.ts';

const REASONS: DiscountReason[] = ['irrelevant', 'inaccurate', 'too-few-points', 'closed', 'outside-discovery', 'no-need', 'before-need', 'before-objection', 'before-signal', 'before-cue', 'repeat'];
const MISSING: Missing[] = [
  { what: 'more', count: 1 }, { what: 'more', count: 2 }, { what: 'talk-share' }, { what: 'active-listening' },
  { what: 'interruption', index: 0 }, { what: 'comfort-cue', channel: 'verbal' }, { what: 'comfort-cue', channel: 'non-verbal' },
  { what: 'more-comfort-than-discomfort' }, { what: 'jargon', index: 0 }, { what: 'no-objection' },
  { what: 'unprobed', objection: 'price' }, { what: 'unresolved', objection: 'price' }, { what: 'too-many-concessions', count: 1 }, { what: 'no-signal' },
];
const result = (value: number, unit: CriterionResult['unit']): CriterionResult => ({ met: false, value, threshold: unit === 'share' ? 0.5 : 3, comparison: 'at-least', unit, evidence: [], discounted: [], missing: [] });

/** Every sentence of the report is written out: no key shown raw, no placeholder left. */
const written = (text: string) => {
  expect(text).not.toMatch(/\{\{|report\.|criteria\.|acts\./);
  expect(text.trim().length).toBeGreaterThan(3);
};

describe.each(['fr', 'en'] as const)('the report in %s', (lang) => {
  it('words every criterion: its name, its figure at 0, 1 and 2, and a tip', async () => {
    const t = await createTranslator(lang);
    for (const id of CRITERIA) {
      const unit = id === 'C1.2' || id === 'C3.3' ? 'share' : 'count';
      for (const value of unit === 'share' ? [0, 0.5, 0.667] : [0, 1, 2]) written(figureText(t, id, result(value, unit)));
      written(criterionName(t, id));
      written(tipText(t, id));
    }
  });

  it('words everything that can be missing, with the objection named', async () => {
    const t = await createTranslator(lang);
    for (const missing of MISSING) written(lackText(t, missing, { ...idLabels, objection: () => 'Le prix' }, () => 3));
    expect(lackText(t, { what: 'unprobed', objection: 'price' }, { ...idLabels, objection: () => 'Le prix' }, () => 3)).toContain('Le prix');
  });

  it('words why an act did not count, for every act and reason', async () => {
    const t = await createTranslator(lang);
    for (const act of LEARNER_ACT_NAMES) for (const why of REASONS) written(discountText(t, { index: 0, stage: 2, act, why }));
  });

  it('uses the singular for one and the plural for more', async () => {
    const t = await createTranslator(lang);
    expect(figureText(t, 'C1.1', result(1, 'count'))).not.toBe(figureText(t, 'C1.1', result(2, 'count')).replace('2', '1'));
  });
});

describe('the report strings, added to the app once the report opens', () => {
  it('are there in each language, not only through the French fallback', async () => {
    const { default: i18next } = await import('i18next');
    const { addReportStrings } = await import('./report-strings.ts');
    const instance = i18next.createInstance();
    await instance.init({ lng: 'fr', fallbackLng: 'fr', resources: { fr: { translation: {} }, en: { translation: {} } } });
    addReportStrings(instance);
    addReportStrings(instance);
    expect(instance.t('report.title' as never, { lng: 'en' })).toBe('Readiness report');
    expect(instance.t('report.title' as never, { lng: 'fr' })).toBe('Bilan de préparation');
  });
});
