import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../tests/support/memory-storage.ts';
import { minimalScenario } from '../../../tests/support/fixtures.ts';
import { playInterview, policyFor } from '../../domain/play/play.ts';
import { toInterviewLog } from '../../domain/machine/interview-record.ts';
import { HISTORY_KEY, HISTORY_SET_ASIDE_KEY, newAttemptId, type Attempt } from './attempt.ts';
import { historyFile, parseHistoryFile } from './history-schema.ts';
import { importAttempts, readHistory, recordAttempt, removeAttempt } from './history-store.ts';
import { attemptResults, readinessAcrossScenarios } from './progress.ts';

const scenario = minimalScenario();

function attempt(id: string, policy: 'best' | 'random', finishedAt: number, scenarioId = scenario.id): Attempt {
  const record = playInterview(scenario, policyFor(policy, 3));
  return { id, scenarioId, mode: 'practice', outcome: 'completed', finishedAt, choices: record.chosen, log: toInterviewLog(record) };
}


describe('the history file', () => {
  const attempts = [attempt('a', 'best', 1000), attempt('b', 'random', 2000)];

  it('reads back exactly what was exported', () => {
    const read = parseHistoryFile(historyFile(attempts, new Date(0)));
    expect(read).toEqual({ ok: true, attempts: JSON.parse(JSON.stringify(attempts)) });
  });

  it('refuses a file that is not JSON, or JSON of another kind (an interview log), as a whole', () => {
    expect(parseHistoryFile('{"format": "evs-history/1", "attempts": [')).toEqual({ ok: false, problem: { where: 'file', fault: 'not-json' } });
    expect(parseHistoryFile(JSON.stringify(attempts[0]!.log))).toEqual({ ok: false, problem: { where: 'file', fault: 'not-a-history' } });
    expect(parseHistoryFile('[]')).toMatchObject({ ok: false, problem: { fault: 'not-a-history' } });
  });

  it('names the interview and the field at fault', () => {
    const broken = JSON.parse(historyFile(attempts, new Date(0)));
    broken.attempts[1].mode = 'rehearsal';
    expect(parseHistoryFile(JSON.stringify(broken))).toMatchObject({ ok: false, problem: { where: 'interview 2, mode' } });
    const badLog = JSON.parse(historyFile(attempts, new Date(0)));
    badLog.attempts[0].log.events[3].seconds = -4;
    const read = parseHistoryFile(JSON.stringify(badLog));
    expect(read).toMatchObject({ ok: false, problem: { where: 'interview 1, log' } });
    expect(!read.ok && read.problem.fault).toMatch(/event 3, field "seconds"/);
  });
});

describe('the history kept in the browser', () => {
  it('records a finished interview once, however often the end screen is shown', () => {
    const storage = memoryStorage();
    const a = attempt('a', 'best', 1000);
    expect(recordAttempt(storage, a)).toBe(true);
    expect(recordAttempt(storage, a)).toBe(true);
    expect(readHistory(storage).attempts.map((x) => x.id)).toEqual(['a']);
  });

  it('sets aside a history it cannot read, without deleting it', () => {
    const storage = memoryStorage({ [HISTORY_KEY]: '{broken' });
    expect(readHistory(storage)).toEqual({ attempts: [], problem: 'history-unreadable' });
    expect(storage.data.get(HISTORY_SET_ASIDE_KEY)).toBe('{broken');
    expect(storage.data.has(HISTORY_KEY)).toBe(false);
  });

  it('imports only the attempts it does not have, in the order they happened', () => {
    const storage = memoryStorage();
    recordAttempt(storage, attempt('b', 'random', 2000));
    const result = importAttempts(storage, [attempt('a', 'best', 1000), attempt('b', 'random', 2000), attempt('c', 'best', 3000)]);
    expect(result).toEqual({ added: 2, known: 1, saved: true });
    expect(readHistory(storage).attempts.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('deletes one interview at the learner\'s request, and nothing else', () => {
    const storage = memoryStorage();
    for (const a of [attempt('a', 'best', 1), attempt('b', 'random', 2)]) recordAttempt(storage, a);
    expect(removeAttempt(storage, 'a')).toBe(true);
    expect(readHistory(storage).attempts.map((x) => x.id)).toEqual(['b']);
  });

  it('deletes nothing from a history it cannot read', () => {
    const storage = memoryStorage({ [HISTORY_KEY]: '{broken' });
    expect(removeAttempt(storage, 'a')).toBe(false);
    expect(storage.data.get(HISTORY_SET_ASIDE_KEY)).toBe('{broken');
  });

  it('gives new attempts distinct ids', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newAttemptId(1_700_000_000_000)));
    expect(ids.size).toBe(200);
  });
});

describe('progress across attempts', () => {
  it('counts each competence acquired, on how many scenarios, and calls it steady only after a run on two scenarios', () => {
    const best = (id: string, at: number, scenarioId: string) => attempt(id, 'best', at, scenarioId);
    const one = readinessAcrossScenarios(attemptResults([best('1', 1, 'x'), best('2', 2, 'x'), best('3', 3, 'x')]));
    expect(one.competences.every((c) => c.acquired === 3 && !c.steady)).toBe(true);
    const two = readinessAcrossScenarios(attemptResults([best('1', 1, 'x'), best('2', 2, 'y'), best('3', 3, 'x')]));
    expect(two.competences.every((c) => c.steady && c.scenarios.length === 2)).toBe(true);
    expect(two.scenariosReady).toEqual(['x', 'y']);
  });

  it('is not steady when the latest attempt lost the competence', () => {
    const results = attemptResults([attempt('1', 'best', 1, 'x'), attempt('2', 'best', 2, 'y'), attempt('3', 'best', 3, 'x'), attempt('4', 'random', 4, 'y')]);
    const lost = results.at(-1)!.report;
    const readiness = readinessAcrossScenarios(results);
    for (const c of readiness.competences) expect(c.steady).toBe(lost.competences[c.competence].acquired);
  });

  it('orders attempts by when they finished', () => {
    expect(attemptResults([attempt('late', 'best', 9), attempt('early', 'best', 1)]).map((r) => r.attempt.id)).toEqual(['early', 'late']);
  });
});
