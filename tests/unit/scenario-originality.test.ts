import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../../src/cli/scenario-files.ts';
import { sharedTexts } from '../../src/domain/scenario/originality.ts';

/** No two scenarios share a sentence or a long passage with names swapped (DEVELOPERS.md). */
const { scenarios } = loadAllScenarios();
const pairs = scenarios.flatMap((a, i) => scenarios.slice(i + 1).map((b) => [`${a.id} / ${b.id}`, a, b] as const));

describe('every scenario is written on its own', () => {
  it.each(pairs)('%s share no sentence and no long passage', (_, a, b) => {
    expect(sharedTexts(a, b).map((s) => `[${s.lang}] ${s.kind}: ${s.text}`)).toEqual([]);
  });
});
