import { bench, describe } from 'vitest';
import { loadAllScenarios } from '../../cli/scenario-files.ts';
import { playLog } from '../play/play.ts';
import { juryScript } from './jury-script.ts';
import { consolidate } from './results.ts';

// What the examiner's desk computes: the jury's script of the longest scenario on opening it, and
// the results sheet of a sitting with four observers each time a jury decision changes.
const { scenarios } = loadAllScenarios();
const longest = scenarios.reduce((a, b) => (JSON.stringify(a).length >= JSON.stringify(b).length ? a : b));
const observers = [1, 2, 3, 4].map((seed) => ({ id: `o${seed}`, name: `Observer ${seed}`, log: playLog(longest, 'random', seed) }));

describe(`the examiner's desk (${longest.id})`, () => {
  bench('derive the jury’s client script', () => {
    juryScript(longest);
  });
  bench('consolidate four observers’ grids into the results sheet', () => {
    consolidate(observers, { C1: true });
  });
});
