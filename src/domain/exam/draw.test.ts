import { describe, expect, it } from 'vitest';
import { drawAtRandom, drawBySpecifics } from './draw.ts';

const at = new Date('2026-11-22T09:30:00Z');
const available = ['btob-industry-product', 'btoc-crafts-service', 'btob-services-service'];

describe('drawing the exam scenario', () => {
  it('gives the scenario the candidate’s three specifics name, with its date and time', () => {
    expect(drawBySpecifics({ market: 'btoc', domain: 'crafts', offer: 'service' }, available, at)).toEqual({
      scenario: 'btoc-crafts-service',
      method: 'specifics',
      pool: ['btoc-crafts-service'],
      drawnAt: '2026-11-22T09:30:00.000Z',
    });
  });

  it('gives nothing when the specifics name a scenario that is not available', () => {
    expect(drawBySpecifics({ market: 'btoc', domain: 'agriculture', offer: 'product' }, available, at)).toBeNull();
  });

  it('draws at random among the pool, each scenario reachable, never outside it', () => {
    const drawn = [0, 0.34, 0.5, 0.67, 0.99, 0.999999].map((r) => drawAtRandom(available, () => r, at).scenario);
    expect(drawn).toEqual([available[0], available[1], available[1], available[2], available[2], available[2]]);
    expect(drawAtRandom(available, () => 0.5, at)).toMatchObject({ method: 'random', pool: available, drawnAt: at.toISOString() });
  });

  it('counts a scenario listed twice in the pool once', () => {
    expect(drawAtRandom(['a', 'a', 'b'], () => 0.6, at)).toMatchObject({ scenario: 'b', pool: ['a', 'b'] });
  });

  it('refuses an empty pool', () => {
    expect(() => drawAtRandom([], () => 0, at)).toThrow(/at least one scenario/);
  });
});
