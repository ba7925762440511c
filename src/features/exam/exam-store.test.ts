import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../tests/support/memory-storage.ts';
import { addTally, endInterview, newExamSession, newObserver, setSpeaking, startInterview, type ExamSession } from '../../domain/exam/live-session.ts';
import {
  ARCHIVE_KEY, ARCHIVE_SET_ASIDE_KEY, archiveSitting, DRAWS_KEY, EXAM_KEY, EXAM_SET_ASIDE_KEY, readArchive, readDraws, readExamSession, recordDraw, unarchiveSitting, writeExamSession,
} from './exam-store.ts';

const draw = { scenario: 'btoc-crafts-service', method: 'random' as const, pool: ['btoc-crafts-service', 'btob-industry-product'], drawnAt: '2026-11-22T08:00:00.000Z' };

function sitting(): ExamSession {
  let session = startInterview(newExamSession('s1', draw, [newObserver('o1', 'Claire')]), 1000);
  session = setSpeaking(session, 'o1', 'client', 2000);
  session = addTally(session, 'o1', { speaker: 'client', act: { act: 'objection', id: 'price' } }, 't1', 5000);
  return session;
}

describe('the stored exam session', () => {
  it('comes back as it was written, even mid-interview', () => {
    const storage = memoryStorage();
    const session = sitting();
    expect(writeExamSession(storage, session)).toBe(true);
    expect(readExamSession(storage)).toEqual({ value: session, problem: null });
  });

  it('keeps a grid imported from another device, checked as a log', () => {
    const storage = memoryStorage();
    const log = { format: 'interview-log/1' as const, scenario: draw.scenario, events: [{ stage: 1, speaker: 'client' as const, seconds: 3, act: 'statement' as const }] };
    const session = { ...endInterview(sitting(), 9000), observers: [{ ...newObserver('o2', 'Marc'), imported: { file: 'marc.json', log } }] };
    writeExamSession(storage, session);
    expect(readExamSession(storage).value).toEqual(session);
  });

  it('sets aside, never deletes, what it cannot read: bad JSON, a foreign shape, a tally the log would refuse', () => {
    const tampered = JSON.parse(JSON.stringify(sitting())) as ExamSession;
    (tampered.observers[0]!.tallies[0]!.event as unknown as Record<string, unknown>).act = 'bribe';
    for (const raw of ['{not json', JSON.stringify({ format: 'evs-exam/9' }), JSON.stringify(tampered)]) {
      const storage = memoryStorage({ [EXAM_KEY]: raw });
      expect(readExamSession(storage)).toEqual({ value: null, problem: 'unreadable' });
      expect(storage.data.get(EXAM_SET_ASIDE_KEY)).toBe(raw);
      expect(storage.data.has(EXAM_KEY)).toBe(false);
    }
  });

  it('forgets the session when asked', () => {
    const storage = memoryStorage();
    writeExamSession(storage, sitting());
    writeExamSession(storage, null);
    expect(readExamSession(storage)).toEqual({ value: null, problem: null });
  });
});

describe('the register of draws', () => {
  it('adds each draw after the ones before', () => {
    const storage = memoryStorage();
    const second = { ...draw, scenario: 'btob-industry-product', drawnAt: '2026-11-22T10:00:00.000Z' };
    expect(recordDraw(storage, draw)).toBe(true);
    expect(recordDraw(storage, second)).toBe(true);
    expect(readDraws(storage).value).toEqual([draw, second]);
  });

  it('refuses a register with a draw that has no date', () => {
    const storage = memoryStorage({ [DRAWS_KEY]: JSON.stringify([{ ...draw, drawnAt: 'yesterday' }]) });
    expect(readDraws(storage)).toEqual({ value: null, problem: 'unreadable' });
  });
});

describe('the archive of finished sittings', () => {
  it('keeps each sitting once, the latest copy of it, and gives one back', () => {
    const storage = memoryStorage();
    const first = endInterview(sitting(), 9000);
    const second = { ...first, id: 's2', candidate: 'Léa' };
    expect(archiveSitting(storage, first)).toBe(true);
    expect(archiveSitting(storage, second)).toBe(true);
    const decided = { ...first, decisions: { C4: true } };
    expect(archiveSitting(storage, decided)).toBe(true);
    expect(readArchive(storage).value).toEqual([second, decided]);
    expect(unarchiveSitting(storage, 's2')).toBe(true);
    expect(readArchive(storage).value).toEqual([decided]);
  });

  it('sets aside an archive with one sitting it cannot read, and starts a new one', () => {
    const raw = JSON.stringify([endInterview(sitting(), 9000), { format: 'evs-exam/1' }]);
    const storage = memoryStorage({ [ARCHIVE_KEY]: raw });
    expect(readArchive(storage)).toEqual({ value: null, problem: 'unreadable' });
    expect(storage.data.get(ARCHIVE_SET_ASIDE_KEY)).toBe(raw);
    expect(archiveSitting(storage, sitting())).toBe(true);
    expect(readArchive(storage).value).toHaveLength(1);
  });
});
