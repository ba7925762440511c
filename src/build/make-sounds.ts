/**
 * Synthesises the app's sound cues as small WAV files in public/sounds/.
 *
 *   npx tsx src/build/make-sounds.ts
 *
 * Plain math only (sines and band-limited triangles under attack/decay
 * envelopes): nothing is downloaded, no noise is used, and the output is the
 * same bytes on every run. 16-bit PCM, mono, 22050 Hz.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_RATE = 22050;

type Wave = 'sine' | 'triangle';

interface Note {
  /** Start time in seconds from the beginning of the cue. */
  at: number;
  /** Frequency in Hz. */
  freq: number;
  /** Total length of the note in seconds (it fades to silence by then). */
  length: number;
  /** Attack time in seconds (smooth raised-cosine ramp). */
  attack: number;
  /** Exponential decay time constant in seconds, after the attack. */
  decay: number;
  /** Relative loudness (before the cue is normalised). */
  gain?: number;
  wave?: Wave;
  /** Level of a softly detuned octave partial, for a bell-like shimmer (0 = none). */
  shimmer?: number;
}

interface Cue {
  name: string;
  /** Peak amplitude after normalisation, 0..1 (kept low: cues must be unobtrusive). */
  peak: number;
  notes: Note[];
}

// Equal-tempered pitches used below.
const HZ = {
  D4: 293.66,
  C5: 523.25,
  E5: 659.25,
  G5: 783.99,
  A5: 880.0,
  C6: 1046.5,
  E6: 1318.51,
  G6: 1567.98,
} as const;

export const CUES: readonly Cue[] = [
  {
    // Meeting starts: soft two-note rising chime (perfect fifth).
    name: 'start',
    peak: 0.42,
    notes: [
      { at: 0.0, freq: HZ.C5, length: 0.7, attack: 0.012, decay: 0.22, shimmer: 0.18 },
      { at: 0.16, freq: HZ.G5, length: 0.8, attack: 0.012, decay: 0.26, shimmer: 0.18 },
    ],
  },
  {
    // Objection: a low, short, neutral "attention" tone.
    name: 'objection',
    peak: 0.4,
    notes: [
      { at: 0.0, freq: HZ.D4, length: 0.42, attack: 0.02, decay: 0.14, wave: 'triangle' },
      { at: 0.0, freq: HZ.D4 * 2, length: 0.3, attack: 0.02, decay: 0.08, gain: 0.15 },
    ],
  },
  {
    // Buying signal: bright, quick ascending sparkle (major triad, high register).
    name: 'buying-signal',
    peak: 0.34,
    notes: [
      { at: 0.0, freq: HZ.C6, length: 0.3, attack: 0.006, decay: 0.09, shimmer: 0.12 },
      { at: 0.07, freq: HZ.E6, length: 0.3, attack: 0.006, decay: 0.09, shimmer: 0.12 },
      { at: 0.14, freq: HZ.G6, length: 0.45, attack: 0.006, decay: 0.14, shimmer: 0.12 },
    ],
  },
  {
    // Time is running low: two gentle beeps.
    name: 'time-low',
    peak: 0.36,
    notes: [
      { at: 0.0, freq: HZ.A5, length: 0.16, attack: 0.015, decay: 0.12 },
      { at: 0.24, freq: HZ.A5, length: 0.16, attack: 0.015, decay: 0.12 },
    ],
  },
  {
    // Meeting ends: soft descending three-note resolution (G, E, C).
    name: 'end',
    peak: 0.4,
    notes: [
      { at: 0.0, freq: HZ.G5, length: 0.45, attack: 0.015, decay: 0.18, shimmer: 0.12 },
      { at: 0.2, freq: HZ.E5, length: 0.45, attack: 0.015, decay: 0.18, shimmer: 0.12 },
      { at: 0.4, freq: HZ.C5, length: 0.75, attack: 0.015, decay: 0.28, shimmer: 0.12 },
    ],
  },
];

/** Band-limited waveform value at phase (radians). */
function oscillator(wave: Wave, phase: number): number {
  if (wave === 'sine') return Math.sin(phase);
  // Triangle from its first odd harmonics (1, 3, 5, 7): soft, no aliasing.
  let sum = 0;
  for (let k = 1, sign = 1; k <= 7; k += 2, sign = -sign) {
    sum += (sign * Math.sin(k * phase)) / (k * k);
  }
  return (8 / (Math.PI * Math.PI)) * sum;
}

/** Envelope: raised-cosine attack, exponential decay, short cosine release to exactly 0 at the end. */
function envelope(t: number, note: Note): number {
  if (t < 0 || t >= note.length) return 0;
  const attack = t < note.attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / note.attack) : 1;
  const decay = t < note.attack ? 1 : Math.exp(-(t - note.attack) / note.decay);
  const release = Math.min(0.03, note.length / 4);
  const remaining = note.length - t;
  const tail = remaining < release ? 0.5 - 0.5 * Math.cos((Math.PI * remaining) / release) : 1;
  return attack * decay * tail;
}

/** Renders a cue to float samples in [-peak, peak]. */
export function renderCue(cue: Cue): Float64Array {
  const duration = Math.max(...cue.notes.map((n) => n.at + n.length)) + 0.02;
  const length = Math.ceil(duration * SAMPLE_RATE);
  const samples = new Float64Array(length);
  for (const note of cue.notes) {
    const gain = note.gain ?? 1;
    const wave = note.wave ?? 'sine';
    const shimmer = note.shimmer ?? 0;
    const start = Math.round(note.at * SAMPLE_RATE);
    const count = Math.ceil(note.length * SAMPLE_RATE);
    for (let i = 0; i < count && start + i < length; i++) {
      const t = i / SAMPLE_RATE;
      const env = envelope(t, note);
      if (env === 0) continue;
      const phase = 2 * Math.PI * note.freq * t;
      let value = oscillator(wave, phase);
      if (shimmer > 0) {
        // Slightly detuned octave that dies away faster: a gentle bell colour.
        value += shimmer * Math.exp(-t / (note.decay / 2)) * Math.sin(2 * Math.PI * note.freq * 2.003 * t);
      }
      samples[start + i]! += gain * env * value;
    }
  }
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  const scale = max > 0 ? cue.peak / max : 0;
  for (let i = 0; i < length; i++) samples[i]! *= scale;
  return samples;
}

/** Encodes float samples in [-1, 1] as a 16-bit PCM mono WAV file. */
export function encodeWav(samples: Float64Array, sampleRate = SAMPLE_RATE): Buffer {
  const dataBytes = samples.length * 2;
  const buffer = Buffer.alloc(44 + dataBytes);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28); // byte rate
  buffer.writeUInt16LE(2, 32); // block align
  buffer.writeUInt16LE(16, 34); // bits per sample
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) {
    const clamped = Math.max(-1, Math.min(1, samples[i]!));
    buffer.writeInt16LE(Math.round(clamped * 32767), 44 + i * 2);
  }
  return buffer;
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const outDir = resolve(here, '../../public/sounds');
  mkdirSync(outDir, { recursive: true });
  for (const cue of CUES) {
    const samples = renderCue(cue);
    const wav = encodeWav(samples);
    const seconds = samples.length / SAMPLE_RATE;
    if (seconds >= 1.2) throw new Error(`${cue.name}: ${seconds.toFixed(2)} s is too long (max 1.2 s)`);
    if (wav.length >= 60 * 1024) throw new Error(`${cue.name}: ${wav.length} bytes is too large (max 60 KB)`);
    const file = join(outDir, `${cue.name}.wav`);
    writeFileSync(file, wav);
    console.log(`${cue.name.padEnd(14)} ${seconds.toFixed(2)} s  ${(wav.length / 1024).toFixed(1)} KB  ${file}`);
  }
}

main();
