import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMutePreference,
  createSilentSoundCues,
  MUTE_STORAGE_KEY,
  silentSoundCues,
} from './sound-cues.ts';

/** A Map-backed stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

const throwingStorage: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('createMutePreference', () => {
  it('defaults to not muted on an empty storage', () => {
    expect(createMutePreference(memoryStorage()).read()).toBe(false);
  });

  it('defaults to not muted without a storage', () => {
    const preference = createMutePreference(undefined);
    expect(preference.read()).toBe(false);
    expect(() => preference.write(true)).not.toThrow();
    expect(preference.read()).toBe(false);
  });

  it('remembers the choice under evs.muted as "1"/"0"', () => {
    const storage = memoryStorage();
    createMutePreference(storage).write(true);
    expect(storage.getItem(MUTE_STORAGE_KEY)).toBe('1');
    expect(MUTE_STORAGE_KEY).toBe('evs.muted');
    // A new preference over the same storage (next visit) sees it.
    expect(createMutePreference(storage).read()).toBe(true);

    createMutePreference(storage).write(false);
    expect(storage.getItem(MUTE_STORAGE_KEY)).toBe('0');
    expect(createMutePreference(storage).read()).toBe(false);
  });

  it.each(['true', 'yes', 'muted', '', ' 1', '1 ', '01', '2', 'null', '{}'])(
    'treats the garbage value %j as not muted',
    (value) => {
      expect(createMutePreference(memoryStorage({ [MUTE_STORAGE_KEY]: value })).read()).toBe(false);
    },
  );

  it('treats "0" as not muted and "1" as muted', () => {
    expect(createMutePreference(memoryStorage({ [MUTE_STORAGE_KEY]: '0' })).read()).toBe(false);
    expect(createMutePreference(memoryStorage({ [MUTE_STORAGE_KEY]: '1' })).read()).toBe(true);
  });

  it('never throws with a throwing storage, and reads it as not muted', () => {
    const preference = createMutePreference(throwingStorage);
    expect(() => preference.read()).not.toThrow();
    expect(preference.read()).toBe(false);
    expect(() => preference.write(true)).not.toThrow();
    expect(() => preference.write(false)).not.toThrow();
  });
});

describe('silent sound cues', () => {
  it('silentSoundCues does nothing and keeps no state', () => {
    expect(() => silentSoundCues.play('start')).not.toThrow();
    silentSoundCues.setMuted(true);
    expect(silentSoundCues.isMuted()).toBe(false);
  });

  it('createSilentSoundCues records what would be heard', () => {
    const cues = createSilentSoundCues();
    cues.play('start');
    cues.setMuted(true);
    expect(cues.isMuted()).toBe(true);
    cues.play('objection');
    cues.setMuted(false);
    cues.play('end');
    expect(cues.played).toEqual(['start', 'end']);
  });
});

// --- Howler adapter, with howler replaced by a fake ---------------------------

const howlerFake = vi.hoisted(() => ({
  created: [] as { src: string[]; play: ReturnType<typeof import('vitest').vi.fn>; stop: ReturnType<typeof import('vitest').vi.fn> }[],
  failConstruction: false,
  failPlay: false,
}));

vi.mock('howler', async () => {
  const { vi: v } = await import('vitest');
  class Howl {
    play = v.fn(() => {
      if (howlerFake.failPlay) throw new Error('no audio');
      return 1;
    });
    stop = v.fn();
    constructor(options: { src: string[] }) {
      if (howlerFake.failConstruction) throw new Error('no audio context');
      howlerFake.created.push({ src: options.src, play: this.play, stop: this.stop });
    }
  }
  return { Howl, default: { Howl } };
});

describe('createHowlerSoundCues', () => {
  beforeEach(() => {
    howlerFake.created.length = 0;
    howlerFake.failConstruction = false;
    howlerFake.failPlay = false;
  });

  it('creates each Howl lazily, once, from basePath/sounds/<cue>.wav', async () => {
    const { createHowlerSoundCues } = await import('./howler-sound-cues.ts');
    const cues = createHowlerSoundCues({ basePath: '/app/', storage: memoryStorage() });
    expect(howlerFake.created).toHaveLength(0);
    cues.play('buying-signal');
    cues.play('buying-signal');
    cues.play('end');
    expect(howlerFake.created.map((h) => h.src)).toEqual([
      ['/app/sounds/buying-signal.wav'],
      ['/app/sounds/end.wav'],
    ]);
    expect(howlerFake.created[0]!.play).toHaveBeenCalledTimes(2);
  });

  it('honours and persists the mute preference', async () => {
    const { createHowlerSoundCues } = await import('./howler-sound-cues.ts');
    const storage = memoryStorage({ [MUTE_STORAGE_KEY]: '1' });
    const cues = createHowlerSoundCues({ basePath: '/', storage });
    expect(cues.isMuted()).toBe(true);
    cues.play('start');
    expect(howlerFake.created).toHaveLength(0);

    cues.setMuted(false);
    expect(storage.getItem(MUTE_STORAGE_KEY)).toBe('0');
    cues.play('start');
    expect(howlerFake.created[0]!.play).toHaveBeenCalledTimes(1);

    cues.setMuted(true);
    expect(storage.getItem(MUTE_STORAGE_KEY)).toBe('1');
    expect(howlerFake.created[0]!.stop).toHaveBeenCalled();
    expect(createHowlerSoundCues({ basePath: '/', storage }).isMuted()).toBe(true);
  });

  it('never throws when audio is unavailable', async () => {
    const { createHowlerSoundCues } = await import('./howler-sound-cues.ts');
    howlerFake.failConstruction = true;
    const cues = createHowlerSoundCues({ basePath: '/', storage: memoryStorage() });
    expect(() => cues.play('time-low')).not.toThrow();
    howlerFake.failConstruction = false;
    howlerFake.failPlay = true;
    expect(() => cues.play('objection')).not.toThrow();
    expect(() => cues.setMuted(true)).not.toThrow();
  });

  it('works without any storage in node (no localStorage)', async () => {
    const { createHowlerSoundCues } = await import('./howler-sound-cues.ts');
    const cues = createHowlerSoundCues();
    expect(cues.isMuted()).toBe(false);
    cues.play('start');
    expect(howlerFake.created[0]!.src[0]).toMatch(/sounds\/start\.wav$/);
  });
});
