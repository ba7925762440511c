import { DOMAINS, MARKETS, OFFERS, type Domain, type Market, type Offer } from '../../domain/scenario/specifics.ts';
import type { ScenarioSummary } from '../../domain/scenario/summary.ts';

export interface CatalogueCell {
  id: string;
  market: Market;
  domain: Domain;
  offer: Offer;
  scenario: ScenarioSummary | null;
}

export interface CatalogueFilter {
  market: Market | 'all';
  domain: Domain | 'all';
  offer: Offer | 'all';
}

export const NO_FILTER: CatalogueFilter = { market: 'all', domain: 'all', offer: 'all' };

/** The 20 combinations of the exam, each with its scenario when it has been written. */
export function catalogueCells(summaries: readonly ScenarioSummary[]): CatalogueCell[] {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return DOMAINS.flatMap((domain) =>
    MARKETS.flatMap((market) =>
      OFFERS.map((offer) => {
        const id = `${market}-${domain}-${offer}`;
        return { id, market, domain, offer, scenario: byId.get(id) ?? null };
      }),
    ),
  );
}

export function filterCells(cells: readonly CatalogueCell[], filter: CatalogueFilter): CatalogueCell[] {
  return cells.filter(
    (c) =>
      (filter.market === 'all' || c.market === filter.market) &&
      (filter.domain === 'all' || c.domain === filter.domain) &&
      (filter.offer === 'all' || c.offer === filter.offer),
  );
}
