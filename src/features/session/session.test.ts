import { describe, expect, it } from 'vitest';
import { newSession, readSession, SESSION_KEY, SET_ASIDE_KEY, writeSession } from './session.ts';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

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

  it('survives a storage that throws', () => {
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(readSession(throwing).problem).toBe('storage-unavailable');
    expect(writeSession(throwing, newSession('x', 'practice', 0))).toBe(false);
  });
});
