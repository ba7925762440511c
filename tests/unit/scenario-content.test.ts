import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../../src/cli/scenario-files.ts';
import { evaluate } from '../../src/domain/evaluator/evaluate.ts';
import { playLog } from '../../src/domain/play/play.ts';
import { scenarioTexts } from '../../src/domain/scenario/resolve.ts';
import { wordCount } from '../../src/domain/scenario/text.ts';

/** The quality bar of every scenario (DEVELOPERS.md, "Writing scenarios"). */
const MIN_WORDS_PER_LANGUAGE = 2500;
const { scenarios } = loadAllScenarios();

describe.each(scenarios.map((s) => [s.id, s] as const))('%s content', (_, scenario) => {
  it('is written in French and English', () => {
    expect([...scenario.languages].sort()).toEqual(['en', 'fr']);
  });

  it.each(['fr', 'en'] as const)(`has at least ${MIN_WORDS_PER_LANGUAGE} words in %s`, (lang) => {
    const words = scenarioTexts(scenario, lang).reduce((sum, text) => sum + wordCount(text), 0);
    expect(words).toBeGreaterThanOrEqual(MIN_WORDS_PER_LANGUAGE);
  });

  it('has at least 4 needs, 3 objections and a verbal and a non-verbal buying signal', () => {
    expect(scenario.needs.length).toBeGreaterThanOrEqual(4);
    expect(scenario.objections.length).toBeGreaterThanOrEqual(3);
    expect(new Set(scenario.buyingSignals.map((s) => s.channel))).toEqual(new Set(['verbal', 'non-verbal']));
  });

  it('the best play meets all 20 criteria', () => {
    const report = evaluate(playLog(scenario, 'best'));
    expect(Object.entries(report.criteria).filter(([, c]) => !c.met).map(([id]) => id)).toEqual([]);
    expect(report.ready).toBe(true);
  });

  it('random plays give different interviews', () => {
    const logs = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(playLog(scenario, 'random', seed))));
    expect(logs.size).toBeGreaterThanOrEqual(4);
  });

  it('writes French and English as two texts, not one copied', () => {
    const fr = scenarioTexts(scenario, 'fr');
    const en = scenarioTexts(scenario, 'en');
    const same = fr.filter((text, i) => wordCount(text) > 4 && text === en[i]);
    expect(same).toEqual([]);
  });
});
