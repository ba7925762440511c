import { COMPETENCES, type CompetenceId } from '../../domain/evaluator/criteria.ts';
import { evaluate, type ReadinessReport } from '../../domain/evaluator/evaluate.ts';
import type { Attempt } from './attempt.ts';

export interface AttemptResult {
  attempt: Attempt;
  report: ReadinessReport;
}

/** Every attempt with its report, decided afresh from its log, oldest first. */
export function attemptResults(attempts: readonly Attempt[]): AttemptResult[] {
  return [...attempts].sort((a, b) => a.finishedAt - b.finishedAt).map((attempt) => ({ attempt, report: evaluate(attempt.log) }));
}

/** How many recent attempts must all have acquired a competence for it to count as steady. */
export const STEADY_RUN = 3;
/** …and on how many different scenarios it must have been acquired. */
export const STEADY_SCENARIOS = 2;

export interface CompetenceProgress {
  competence: CompetenceId;
  attempts: number;
  acquired: number;
  /** The different scenarios on which it was acquired at least once. */
  scenarios: string[];
  /** Acquired in each of the last STEADY_RUN attempts, on at least STEADY_SCENARIOS scenarios. */
  steady: boolean;
}

export interface Readiness {
  attempts: number;
  scenariosTried: string[];
  /** Scenarios with at least one attempt judged ready. */
  scenariosReady: string[];
  competences: CompetenceProgress[];
}

export function readinessAcrossScenarios(results: readonly AttemptResult[]): Readiness {
  const distinct = (ids: string[]) => [...new Set(ids)].sort();
  return {
    attempts: results.length,
    scenariosTried: distinct(results.map((r) => r.attempt.scenarioId)),
    scenariosReady: distinct(results.filter((r) => r.report.ready).map((r) => r.attempt.scenarioId)),
    competences: COMPETENCES.map((competence) => {
      const acquiredIn = results.filter((r) => r.report.competences[competence].acquired);
      const scenarios = distinct(acquiredIn.map((r) => r.attempt.scenarioId));
      const lastRun = results.slice(-STEADY_RUN);
      return {
        competence,
        attempts: results.length,
        acquired: acquiredIn.length,
        scenarios,
        steady: lastRun.length === STEADY_RUN && lastRun.every((r) => r.report.competences[competence].acquired) && scenarios.length >= STEADY_SCENARIOS,
      };
    }),
  };
}
