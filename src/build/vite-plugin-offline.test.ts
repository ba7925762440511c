import { describe, expect, it } from 'vitest';
import { precacheManifest, serviceWorkerCode } from './vite-plugin-offline.ts';

const build = [
  { name: 'index.html', content: '<!doctype html><script src="/assets/index-a1.js"></script>' },
  { name: 'assets/index-a1.js', content: 'console.log(1)' },
  { name: 'assets/btob-crafts-product-b2.js', content: 'export default {}' },
  { name: 'assets/index-c3.css', content: 'body{}' },
  { name: 'sounds/start.wav', content: new Uint8Array([82, 73, 70, 70]) },
];

describe('precacheManifest', () => {
  it('lists every file of the build, index.html as ./, and leaves out what browsers never ask for', () => {
    const { files } = precacheManifest([
      ...build,
      { name: '.vite/manifest.json', content: '{}' },
      { name: 'assets/index-a1.js.map', content: '{}' },
      { name: 'sw.js', content: 'old worker' },
    ]);
    expect(files).toEqual(['./', 'assets/btob-crafts-product-b2.js', 'assets/index-a1.js', 'assets/index-c3.css', 'sounds/start.wav']);
  });

  it('lists a file once when public/ and the bundle both have it', () => {
    const { files } = precacheManifest([...build, { name: 'sounds/start.wav', content: 'again' }]);
    expect(files.filter((f) => f === 'sounds/start.wav')).toHaveLength(1);
  });

  it('gives the same version to the same build, whatever the order of its files', () => {
    expect(precacheManifest(build).version).toBe(precacheManifest([...build].reverse()).version);
    expect(precacheManifest(build).version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives a new version when any content changes, a file is added or renamed, or a sound changes', () => {
    const version = precacheManifest(build).version;
    const changed = [
      build.map((f) => (f.name === 'index.html' ? { ...f, content: `${f.content} ` } : f)),
      [...build, { name: 'assets/new-d4.js', content: '' }],
      build.map((f) => (f.name === 'assets/index-c3.css' ? { ...f, name: 'assets/index-c4.css' } : f)),
      build.map((f) => (f.name === 'sounds/start.wav' ? { ...f, content: new Uint8Array([82, 73, 70, 71]) } : f)),
    ];
    const versions = changed.map((files) => precacheManifest(files).version);
    expect(new Set([version, ...versions]).size).toBe(1 + changed.length);
  });

  it('does not mix up where one file ends and the next begins', () => {
    const a = precacheManifest([{ name: 'a.js', content: 'xy' }, { name: 'b.js', content: 'z' }]).version;
    const b = precacheManifest([{ name: 'a.js', content: 'x' }, { name: 'b.js', content: 'yz' }]).version;
    expect(a).not.toBe(b);
  });
});

describe('serviceWorkerCode', () => {
  it('puts the version and the list before the logic, as valid JavaScript', () => {
    const manifest = precacheManifest(build);
    const code = serviceWorkerCode(manifest);
    expect(code.startsWith(`const VERSION = "${manifest.version}";\nconst FILES = [`)).toBe(true);
    expect(code).toContain('"assets/btob-crafts-product-b2.js"');
    expect(code).toContain("addEventListener('fetch'");
    expect(() => new Function(code)).not.toThrow();
  });

  it('runs in a worker-like scope: precaches every listed file on install and serves them from the cache', async () => {
    const manifest = precacheManifest(build);
    const listeners = new Map<string, (event: unknown) => void>();
    const stored = new Map<string, string>();
    const cache = {
      addAll: async (requests: Request[]) => requests.forEach((r) => stored.set(r.url, `cached ${r.url}`)),
      put: async () => undefined,
    };
    const caches = {
      open: async () => cache,
      keys: async () => [],
      delete: async () => true,
      match: async (request: Request | string) => {
        const url = new URL(typeof request === 'string' ? request : request.url, 'http://app.test/').href;
        return stored.has(url) ? new Response(stored.get(url)) : undefined;
      },
    };
    const self = { location: new URL('http://app.test/sw.js'), addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener) };
    const RequestAt = class extends Request {
      constructor(input: string, init?: RequestInit) {
        super(new URL(input, 'http://app.test/'), init);
      }
    };
    const offline = () => Promise.reject(new TypeError('offline'));
    new Function('self', 'caches', 'Request', 'fetch', serviceWorkerCode(manifest))(self, caches, RequestAt, offline);

    const pending: Promise<unknown>[] = [];
    listeners.get('install')!({ waitUntil: (p: Promise<unknown>) => pending.push(p) });
    await Promise.all(pending);
    expect([...stored.keys()].sort()).toEqual(manifest.files.map((f) => new URL(f, 'http://app.test/').href).sort());

    const respond = async (url: string, mode: RequestMode) => {
      let answer: Promise<Response> | undefined;
      const request = { url, method: 'GET', mode } as Request;
      listeners.get('fetch')!({ request, respondWith: (r: Promise<Response>) => (answer = r), waitUntil: () => undefined });
      return answer && (await (await answer).text());
    };
    // Offline, a page is the cached index.html, a chunk comes from the cache.
    expect(await respond('http://app.test/#examen', 'navigate')).toBe('cached http://app.test/');
    expect(await respond('http://app.test/assets/index-a1.js', 'cors')).toBe('cached http://app.test/assets/index-a1.js');
    // Other origins are left to the browser.
    expect(await respond('http://elsewhere.test/x.js', 'cors')).toBeUndefined();
  });
});
