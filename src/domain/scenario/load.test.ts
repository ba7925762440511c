import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, minimalScenario } from '../../../tests/support/fixtures.ts';
import { FAULT_CODES } from './faults.ts';
import { parseScenarioText } from './load.ts';
import { resolveScenario } from './resolve.ts';

describe('loading a scenario file', () => {
  it('accepts the minimal valid scenario', () => {
    expect(minimalScenario().id).toBe('btob-services-service');
  });

  const broken = readdirSync(fixturePath('invalid-scenarios')).filter((f) => f.endsWith('.yaml'));

  it('has one broken fixture for every fault code', () => {
    const codes = broken.map((f) => f.slice(0, 5)).sort();
    expect(codes).toEqual(Object.keys(FAULT_CODES).sort());
  });

  it.each(broken)('refuses %s with its code, the file and the place', (name) => {
    const text = readFileSync(fixturePath(`invalid-scenarios/${name}`), 'utf8');
    const result = parseScenarioText(text, name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const expected = name.slice(0, 5);
    const fault = result.faults.find((f) => f.code === expected);
    expect(fault, JSON.stringify(result.faults)).toBeDefined();
    expect(fault!.file).toBe(name);
    expect(fault!.message.length).toBeGreaterThan(5);
    if (expected !== 'SC001') expect(fault!.path).not.toBe('');
  });

  it('names a wrongly typed field by its path', () => {
    const text = readFileSync(fixturePath('scenarios/minimal.yaml'), 'utf8').replace('initialTrust: 50', 'initialTrust: lots');
    const result = parseScenarioText(text, 'x.yaml');
    expect(result.ok ? [] : result.faults.map((f) => [f.code, f.path])).toEqual([['SC002', 'persona.initialTrust']]);
  });

  it('refuses opening lines whose last one has a condition, and both client forms at once', () => {
    const text = readFileSync(fixturePath('scenarios/minimal.yaml'), 'utf8');
    const conditional = parseScenarioText(text.replace('          - say: {fr: "Bon, je vais réfléchir."', '          - when: {trustBelow: 50}\n            say: {fr: "Bon, je vais réfléchir."'), 'x.yaml');
    expect(conditional.ok ? [] : conditional.faults.map((f) => [f.code, f.path])).toEqual([['SC012', 'stages.4.turns.0.clientVariants.1.when']]);
    const both = parseScenarioText(text.replace('        clientVariants:', '        client: {say: "Bonjour."}\n        clientVariants:'), 'x.yaml');
    expect(both.ok ? [] : both.faults.map((f) => [f.code, f.path])).toEqual([['SC002', 'stages.4.turns.0.clientVariants']]);
  });

  it('resolves every text to one language on export', () => {
    const fr = resolveScenario(minimalScenario(), 'fr');
    expect(fr.title).toBe('Ménage de bureaux');
    expect(fr.stages[0]!.turns[0]!.options[0]!.say).toBe('Qu’attendez-vous de ce rendez-vous ?'.replace('’', "'"));
    expect(JSON.stringify(fr)).not.toMatch(/"en":/);
  });
});
