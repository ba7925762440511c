import { COMPETENCES, CRITERIA, type CompetenceId, type CriterionId } from '../evaluator/criteria.ts';
import { evaluate, type CriterionResult, type ReadinessReport } from '../evaluator/evaluate.ts';
import type { InterviewLog } from '../interview-log/log.ts';

export interface ObserverView {
  id: string;
  name: string;
  log: InterviewLog;
  report: ReadinessReport;
}

export interface CompetenceResult {
  /** Each observer's verdict, in the observers' order. */
  verdicts: { observer: string; acquired: boolean }[];
  /** Whether every observer's grid gives the same verdict. */
  unanimous: boolean;
  /** The jury's decision, asked for only where the grids differ. */
  decision: boolean | null;
  /** The verdict for the certification: the grids' when unanimous, else the jury's; null until decided. */
  acquired: boolean | null;
}

export interface ResultsSheet {
  observers: ObserverView[];
  /** Each observer's verdict on each criterion, with the figure their grid gave (a count, or a share for C1.2 and C3.3). */
  criteria: Record<CriterionId, { unit: CriterionResult['unit']; verdicts: { observer: string; met: boolean; value: number }[]; unanimous: boolean }>;
  competences: Record<CompetenceId, CompetenceResult>;
  /** Competences where the grids differ and the jury has not decided yet. */
  pending: CompetenceId[];
  /** All five acquired; null while a competence is still to be decided. */
  ready: boolean | null;
}

const allSame = (values: boolean[]) => values.every((v) => v === values[0]);

/**
 * The observers' grids, each decided by the evaluator, brought together for the certification
 * jury. Where the grids agree on a competence their verdict stands; where they differ, the
 * jury decides after deliberation, and the sheet keeps each observer's view.
 */
export function consolidate(observers: readonly { id: string; name: string; log: InterviewLog }[], decisions: Partial<Record<CompetenceId, boolean>>): ResultsSheet {
  if (observers.length === 0) throw new Error('a results sheet needs at least one observer’s grid');
  const views = observers.map((o) => ({ ...o, report: evaluate(o.log) }));
  const criteria = Object.fromEntries(
    CRITERIA.map((id) => {
      const verdicts = views.map((v) => ({ observer: v.id, met: v.report.criteria[id].met, value: v.report.criteria[id].value }));
      return [id, { unit: views[0]!.report.criteria[id].unit, verdicts, unanimous: allSame(verdicts.map((v) => v.met)) }];
    }),
  ) as ResultsSheet['criteria'];
  const competences = Object.fromEntries(
    COMPETENCES.map((id) => {
      const verdicts = views.map((v) => ({ observer: v.id, acquired: v.report.competences[id].acquired }));
      const unanimous = allSame(verdicts.map((v) => v.acquired));
      const decision = unanimous ? null : (decisions[id] ?? null);
      return [id, { verdicts, unanimous, decision, acquired: unanimous ? verdicts[0]!.acquired : decision }];
    }),
  ) as ResultsSheet['competences'];
  const pending = COMPETENCES.filter((id) => competences[id].acquired === null);
  const finals = COMPETENCES.map((id) => competences[id].acquired);
  // Not ready as soon as one competence is not acquired, even while another is still to be decided.
  const ready = finals.includes(false) ? false : pending.length > 0 ? null : true;
  return { observers: views, criteria, competences, pending, ready };
}
