import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../../src/cli/scenario-files.ts';
import { DOMAINS, MARKETS, OFFERS } from '../../src/domain/scenario/specifics.ts';

/** The library as a whole (issue "All 20 scenarios"): every combination, and varied people. */
const { scenarios } = loadAllScenarios();
const personas = scenarios.map((s) => s.persona);

describe('the scenario library', () => {
  it('has one scenario for every combination of the exam, and no other', () => {
    const expected = MARKETS.flatMap((m) => DOMAINS.flatMap((d) => OFFERS.map((o) => `${m}-${d}-${o}`))).sort();
    expect(scenarios.map((s) => s.id).sort()).toEqual(expected);
  });

  it('at least 4 personas live with a disability, of at least 4 kinds, each with its good practice', () => {
    const disabled = personas.filter((p) => p.disability);
    expect(disabled.length).toBeGreaterThanOrEqual(4);
    expect(new Set(disabled.map((p) => p.disability!.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it('meets people of both genders and of every age, each under their own name and company', () => {
    const genders = new Set(personas.map((p) => p.gender));
    expect(genders.has('female') && genders.has('male')).toBe(true);
    const ages = personas.map((p) => p.age);
    expect(Math.min(...ages)).toBeLessThan(30);
    expect(Math.max(...ages)).toBeGreaterThan(65);
    expect(new Set(personas.map((p) => p.name)).size).toBe(personas.length);
    expect(new Set(scenarios.map((s) => s.brief.company.name)).size).toBe(scenarios.length);
  });
});
