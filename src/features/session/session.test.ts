import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../tests/support/memory-storage.ts';
import { readSession } from './session-schema.ts';
import { loadStoredSession, newSession, SESSION_KEY, SET_ASIDE_KEY, writeSession } from './session.ts';


describe('the stored session', () => {
  it('is written and read back unchanged', () => {
    const storage = memoryStorage();
    const session = { ...newSession('btoc-crafts-service', 'exam', 1000), choices: ['a', 'b'], notes: 'budget 8 k€' };
    expect(writeSession(storage, session)).toBe(true);
    expect(readSession(storage)).toEqual({ session, problem: null });
  });

  it('starts exam preparation at once, practice without a clock', () => {
    expect(newSession('x', 'exam', 42).prepStartedAt).toBe(42);
    expect(newSession('x', 'practice', 42).prepStartedAt).toBeNull();
  });

  it.each([['not JSON', '{oops'], ['a foreign object', JSON.stringify({ version: 2, hello: 'world' })]])(
    'sets %s aside instead of losing it',
    (_, raw) => {
      const storage = memoryStorage();
      storage.setItem(SESSION_KEY, raw);
      expect(readSession(storage)).toEqual({ session: null, problem: 'session-unreadable' });
      expect(storage.data.get(SET_ASIDE_KEY)).toBe(raw);
      expect(storage.data.has(SESSION_KEY)).toBe(false);
    },
  );

  it('loads nothing, and no validator, when nothing is stored', async () => {
    expect(await loadStoredSession(memoryStorage())).toEqual({ session: null, problem: null });
  });

  it('loads and validates what is stored', async () => {
    const storage = memoryStorage();
    const session = newSession('btoc-crafts-service', 'practice', 0);
    writeSession(storage, session);
    expect(await loadStoredSession(storage)).toEqual({ session, problem: null });
  });

  it('survives a storage that throws', async () => {
    expect((await loadStoredSession({ getItem: () => { throw new Error('denied'); }, setItem: () => {}, removeItem: () => {} })).problem).toBe('storage-unavailable');
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(readSession(throwing).problem).toBe('storage-unavailable');
    expect(writeSession(throwing, newSession('x', 'practice', 0))).toBe(false);
  });
});
