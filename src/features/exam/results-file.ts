import { COMPETENCES, CRITERIA } from '../../domain/evaluator/criteria.ts';
import type { ExamSession } from '../../domain/exam/live-session.ts';
import type { ResultsSheet } from '../../domain/exam/results.ts';

export const RESULTS_FORMAT = 'exam-results/1';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The results sheet as a file for the certifier's records: who sat which scenario and how it
 * was drawn, each observer's grid as its interview log with its verdicts, the jury's decisions.
 */
export function resultsFile(session: ExamSession, sheet: ResultsSheet, exportedAt: Date): string {
  const nameOf = (id: string) => sheet.observers.find((o) => o.id === id)?.name ?? id;
  return JSON.stringify(
    {
      format: RESULTS_FORMAT,
      exportedAt: exportedAt.toISOString(),
      scenario: session.draw.scenario,
      candidate: session.candidate,
      draw: session.draw,
      interview: { startedAt: iso(session.interviewStartedAt), endedAt: iso(session.interviewEndedAt) },
      ready: sheet.ready,
      pending: sheet.pending,
      competences: Object.fromEntries(
        COMPETENCES.map((c) => {
          const result = sheet.competences[c];
          return [c, { acquired: result.acquired, unanimous: result.unanimous, decision: result.decision, observers: result.verdicts.map((v) => ({ observer: nameOf(v.observer), acquired: v.acquired })) }];
        }),
      ),
      observers: sheet.observers.map((o) => ({
        name: o.name,
        ready: o.report.ready,
        clientTalkShare: o.report.clientTalkShare,
        competences: Object.fromEntries(COMPETENCES.map((c) => [c, o.report.competences[c].acquired])),
        criteria: Object.fromEntries(CRITERIA.map((c) => [c, { met: o.report.criteria[c].met, value: o.report.criteria[c].value }])),
        log: o.log,
      })),
    },
    null,
    2,
  );
}
