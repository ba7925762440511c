import { describe, expect, it } from 'vitest';
import { playLog } from '../play/play.ts';
import { loadScenarioFile, SCENARIOS_DIR } from '../../cli/scenario-files.ts';
import type { InterviewLog, LogEvent } from '../interview-log/log.ts';
import { consolidate } from './results.ts';

const loaded = loadScenarioFile(`${SCENARIOS_DIR}/btob-industry-product.yaml`);
if (!loaded.ok) throw new Error('btob-industry-product.yaml does not load');
const scenario = loaded.scenario;

describe('the results sheet', () => {
  const best = playLog(scenario, 'best');
  // The same interview, seen by an observer who missed the agreement summary (C4.4) and the opinion question (C5.3).
  const missed = (acts: LogEvent['act'][]): InterviewLog => ({ ...best, events: best.events.filter((e) => !acts.includes(e.act)) });

  it('stands by the grids where all observers agree', () => {
    const sheet = consolidate([{ id: 'a', name: 'Claire', log: best }, { id: 'b', name: 'Marc', log: best }], {});
    expect(sheet.ready).toBe(true);
    expect(sheet.pending).toEqual([]);
    expect(Object.values(sheet.competences).every((c) => c.unanimous && c.acquired === true && c.decision === null)).toBe(true);
    expect(sheet.criteria['C1.1'].verdicts.map((v) => v.observer)).toEqual(['a', 'b']);
    expect([sheet.criteria['C1.1'].unit, sheet.criteria['C1.2'].unit, sheet.criteria['C3.3'].unit]).toEqual(['count', 'share', 'share']);
  });

  it('keeps each observer’s view where they differ, and waits for the jury’s decision', () => {
    const observers = [{ id: 'a', name: 'Claire', log: best }, { id: 'b', name: 'Marc', log: missed(['agreement-summary']) }];
    const sheet = consolidate(observers, {});
    expect(sheet.competences.C4).toEqual({ verdicts: [{ observer: 'a', acquired: true }, { observer: 'b', acquired: false }], unanimous: false, decision: null, acquired: null });
    expect(sheet.criteria['C4.4']).toMatchObject({ unanimous: false, verdicts: [{ met: true }, { met: false }] });
    expect(sheet.criteria['C4.1'].unanimous).toBe(true);
    expect(sheet.pending).toEqual(['C4']);
    expect(sheet.ready).toBeNull();
    expect(consolidate(observers, { C4: true })).toMatchObject({ pending: [], ready: true, competences: { C4: { decision: true, acquired: true } } });
    expect(consolidate(observers, { C4: false })).toMatchObject({ pending: [], ready: false, competences: { C4: { acquired: false } } });
  });

  it('ignores a decision on a competence the grids agree on', () => {
    const sheet = consolidate([{ id: 'a', name: 'Claire', log: best }], { C1: false });
    expect(sheet.competences.C1).toMatchObject({ decision: null, acquired: true });
  });

  it('is not ready once a competence is not acquired, even with another still to decide', () => {
    const sheet = consolidate(
      [{ id: 'a', name: 'Claire', log: missed(['followup-action']) }, { id: 'b', name: 'Marc', log: missed(['followup-action', 'agreement-summary']) }],
      {},
    );
    expect(sheet.competences.C5.acquired).toBe(false);
    expect(sheet.pending).toEqual(['C4']);
    expect(sheet.ready).toBe(false);
  });

  it('needs at least one grid', () => {
    expect(() => consolidate([], {})).toThrow(/at least one/);
  });
});
