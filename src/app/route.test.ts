import { describe, expect, it } from 'vitest';
import { hashOfRoute, routeOfHash, type Route } from './route.ts';

describe('the app’s addresses', () => {
  it.each<Route>([
    { view: 'catalogue' },
    { view: 'history' },
    { view: 'exam' },
    { view: 'exam-document', kind: 'jury-script', scenarioId: 'btoc-crafts-service' },
    { view: 'exam-document', kind: 'candidate-brief', scenarioId: 'btob-industry-product' },
    { view: 'exam-document', kind: 'evaluation-grid', scenarioId: 'btob-services-service' },
  ])('%o survives a round trip through its address', (route) => {
    expect(routeOfHash(hashOfRoute(route))).toEqual(route);
  });

  it('falls back to the catalogue on an address it does not know', () => {
    expect(routeOfHash('#examen/document/menu/btoc-crafts-service')).toEqual({ view: 'catalogue' });
    expect(routeOfHash('#examen/document/jury-script/')).toEqual({ view: 'catalogue' });
    expect(routeOfHash('#nowhere')).toEqual({ view: 'catalogue' });
  });
});
