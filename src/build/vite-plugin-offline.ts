import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const SERVICE_WORKER_SOURCE = fileURLToPath(new URL('./service-worker.js', import.meta.url));

/** One file of the build: its path from the root of the build ('/' separated) and its content. */
export interface BuiltFile {
  name: string;
  content: string | Uint8Array;
}

/** What the build holds that is no use to a browser: Vite's manifest, source maps, the worker itself. */
const notForBrowsers = (name: string) => name.startsWith('.vite/') || name.endsWith('.map') || name === SERVICE_WORKER_FILE;

/**
 * The files the service worker precaches and the version of its cache. index.html is listed as
 * `./` (what a navigation to the app asks for); the others relative to the root of the build.
 * The version is a hash of every name and content, so that any change to the build gives a new
 * cache, and the same build the same one.
 */
export function precacheManifest(files: readonly BuiltFile[]): { files: string[]; version: string } {
  const kept = new Map<string, BuiltFile>();
  for (const file of files) if (!notForBrowsers(file.name)) kept.set(file.name, file);
  const names = [...kept.keys()].sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(kept.get(name)!.content);
    hash.update('\0');
  }
  return {
    files: names.map((name) => (name === 'index.html' ? './' : name)).sort(),
    version: hash.digest('hex').slice(0, 16),
  };
}

/** The service worker's code: its version and file list, then its logic (src/build/service-worker.js). */
export function serviceWorkerCode(manifest: { files: readonly string[]; version: string }, logic = readFileSync(SERVICE_WORKER_SOURCE, 'utf8')): string {
  return `const VERSION = ${JSON.stringify(manifest.version)};\nconst FILES = ${JSON.stringify(manifest.files, null, 1)};\n\n${logic}`;
}

/** Every file under a folder, by its path from that folder ('/' separated). */
function filesUnder(dir: string): BuiltFile[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { name: relative(dir, path).split(sep).join('/'), content: readFileSync(path) };
    });
}

/**
 * Build only: emits `sw.js` at the root of the build, which precaches every file the build emits
 * (chunks, assets, index.html) and every file of public/, so the app works offline once loaded.
 * The app registers it in production (src/app/register-offline.ts).
 */
export function offlinePlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'offline',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      // After the other plugins, so that index.html and every asset are in the bundle.
      order: 'post',
      handler(_options, bundle) {
        const built: BuiltFile[] = Object.values(bundle).map((output) => ({
          name: output.fileName,
          content: output.type === 'chunk' ? output.code : output.source,
        }));
        if (!('index.html' in bundle)) this.warn('no index.html in the build: the service worker cannot serve the app offline');
        const fromPublic = publicDir ? filesUnder(publicDir) : [];
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: serviceWorkerCode(precacheManifest([...fromPublic, ...built])) });
      },
    },
  };
}
