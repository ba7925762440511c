import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../tests/support/memory-storage.ts';
import { writeStoredJson } from './stored-json.ts';

describe('writing JSON to the browser’s storage', () => {
  it('keeps the value as JSON, and removes it when given null', () => {
    const storage = memoryStorage();
    expect(writeStoredJson(storage, 'k', { a: [1, 2] })).toBe(true);
    expect(storage.data.get('k')).toBe('{"a":[1,2]}');
    expect(writeStoredJson(storage, 'k', null)).toBe(true);
    expect(storage.data.has('k')).toBe(false);
  });

  it('says false when there is no storage or the browser refuses, never throws', () => {
    expect(writeStoredJson(undefined, 'k', 1)).toBe(false);
    const full = { ...memoryStorage(), setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    expect(writeStoredJson(full, 'k', 1)).toBe(false);
  });
});
