import { describe, expect, it } from 'vitest';
import { catalogueCells, filterCells, NO_FILTER } from './catalogue.ts';
import type { ScenarioSummary } from '../../domain/scenario/summary.ts';

const written = { id: 'btoc-crafts-service', market: 'btoc', domain: 'crafts', offer: 'service' } as ScenarioSummary;

describe('the catalogue', () => {
  it('lists the 20 combinations of the exam, marking the written ones', () => {
    const cells = catalogueCells([written]);
    expect(cells).toHaveLength(20);
    expect(new Set(cells.map((c) => c.id)).size).toBe(20);
    expect(cells.filter((c) => c.scenario).map((c) => c.id)).toEqual(['btoc-crafts-service']);
  });

  it('narrows to one scenario when the three specifics are picked', () => {
    const cells = catalogueCells([written]);
    expect(filterCells(cells, NO_FILTER)).toHaveLength(20);
    expect(filterCells(cells, { ...NO_FILTER, market: 'btob' })).toHaveLength(10);
    expect(filterCells(cells, { market: 'btoc', domain: 'crafts', offer: 'service' }).map((c) => c.id)).toEqual(['btoc-crafts-service']);
  });
});
