export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type StoredRead<T> = { value: T | null; problem: 'storage-unavailable' | 'unreadable' | null };

/**
 * Reads a JSON value kept in the browser under `key`, accepted by `accept`. What cannot be read
 * is moved to `setAsideKey`, never deleted: the learner's work is not lost to a bad write.
 */
export function readStoredJson<T>(storage: Store | undefined, key: string, setAsideKey: string, accept: (value: unknown) => T | null): StoredRead<T> {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return { value: null, problem: 'storage-unavailable' };
  }
  if (raw === null) return { value: null, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const value = accept(parsed);
  if (value !== null) return { value, problem: null };
  try {
    storage?.setItem(setAsideKey, raw);
    storage?.removeItem(key);
  } catch {
    // Nothing more can be done; the stored value stays where it is.
  }
  return { value: null, problem: 'unreadable' };
}

/**
 * Keeps a JSON value in the browser under `key` (null removes it). False when there is no storage
 * or the browser refuses (quota, private mode): the caller tells the user their work is not kept.
 */
export function writeStoredJson(storage: Store | undefined, key: string, value: unknown): boolean {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
    return storage !== undefined;
  } catch {
    return false;
  }
}
