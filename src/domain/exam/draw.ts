import type { Domain, Market, Offer } from '../scenario/specifics.ts';

export interface Specifics {
  market: Market;
  domain: Domain;
  offer: Offer;
}

/**
 * How the exam's scenario was chosen, kept with the session and printed on the results sheet:
 * by the candidate's three specifics, or at random among a pool (all scenarios, or a subset).
 */
export interface ExamDraw {
  scenario: string;
  method: 'specifics' | 'random';
  /** The scenarios the draw was made among: the one the specifics name, or the random pool. */
  pool: string[];
  /** When it was drawn, ISO 8601. */
  drawnAt: string;
}

export const scenarioIdOf = ({ market, domain, offer }: Specifics) => `${market}-${domain}-${offer}`;

/** The scenario the candidate's specifics name, or null when it is not among those available. */
export function drawBySpecifics(specifics: Specifics, available: readonly string[], at: Date): ExamDraw | null {
  const scenario = scenarioIdOf(specifics);
  if (!available.includes(scenario)) return null;
  return { scenario, method: 'specifics', pool: [scenario], drawnAt: at.toISOString() };
}

/**
 * One scenario of the pool, each equally likely. `random` returns a number in [0, 1), as
 * Math.random does; the app passes a cryptographic one, tests a fixed one.
 */
export function drawAtRandom(pool: readonly string[], random: () => number, at: Date): ExamDraw {
  const distinct = [...new Set(pool)];
  if (distinct.length === 0) throw new Error('a random draw needs at least one scenario');
  const index = Math.min(distinct.length - 1, Math.floor(random() * distinct.length));
  return { scenario: distinct[index]!, method: 'random', pool: distinct, drawnAt: at.toISOString() };
}
