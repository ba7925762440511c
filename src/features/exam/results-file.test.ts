import { describe, expect, it } from 'vitest';
import { loadScenarioFile, SCENARIOS_DIR } from '../../cli/scenario-files.ts';
import { endInterview, newExamSession, newObserver, startInterview } from '../../domain/exam/live-session.ts';
import { consolidate } from '../../domain/exam/results.ts';
import { parseInterviewLog, type InterviewLog } from '../../domain/interview-log/log.ts';
import { playLog } from '../../domain/play/play.ts';
import { resultsFile } from './results-file.ts';

const loaded = loadScenarioFile(`${SCENARIOS_DIR}/btoc-crafts-service.yaml`);
if (!loaded.ok) throw new Error('btoc-crafts-service.yaml does not load');
const best = playLog(loaded.scenario, 'best');
const withoutSummary: InterviewLog = { ...best, events: best.events.filter((e) => e.act !== 'agreement-summary') };

describe('the exported results sheet', () => {
  const draw = { scenario: 'btoc-crafts-service', method: 'random' as const, pool: ['btoc-crafts-service', 'btob-industry-product'], drawnAt: '2026-11-22T08:00:00.000Z' };
  const session = {
    ...endInterview(startInterview(newExamSession('s', draw, [newObserver('a', 'Claire'), newObserver('b', 'Marc')]), Date.parse('2026-11-22T08:30:00Z')), Date.parse('2026-11-22T09:00:00Z')),
    candidate: 'Camille Roux',
    decisions: { C4: false },
  };
  const sheet = consolidate([{ id: 'a', name: 'Claire', log: best }, { id: 'b', name: 'Marc', log: withoutSummary }], session.decisions);
  const file = JSON.parse(resultsFile(session, sheet, new Date('2026-11-22T09:05:00Z')));

  it('says who sat which scenario, how it was drawn and when the interview ran', () => {
    expect(file).toMatchObject({
      format: 'exam-results/1',
      exportedAt: '2026-11-22T09:05:00.000Z',
      scenario: 'btoc-crafts-service',
      candidate: 'Camille Roux',
      draw,
      interview: { startedAt: '2026-11-22T08:30:00.000Z', endedAt: '2026-11-22T09:00:00.000Z' },
    });
  });

  it('gives each competence’s verdict, each observer’s view and the jury’s decision where they differ', () => {
    expect(file.ready).toBe(false);
    expect(file.pending).toEqual([]);
    expect(file.competences.C4).toEqual({ acquired: false, unanimous: false, decision: false, observers: [{ observer: 'Claire', acquired: true }, { observer: 'Marc', acquired: false }] });
    expect(file.competences.C1).toEqual({ acquired: true, unanimous: true, decision: null, observers: [{ observer: 'Claire', acquired: true }, { observer: 'Marc', acquired: true }] });
  });

  it('keeps each observer’s grid as a log the evaluator reads again', () => {
    expect(file.observers.map((o: { name: string; criteria: Record<string, { met: boolean }> }) => [o.name, o.criteria['C4.4']?.met])).toEqual([['Claire', true], ['Marc', false]]);
    for (const observer of file.observers) expect(parseInterviewLog(observer.log)).toMatchObject({ ok: true });
  });
});
