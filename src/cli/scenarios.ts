import { parseArgs } from 'node:util';
import { readableTranscript } from '../domain/machine/readable-transcript.ts';
import { playInterview, playLog, policyFor, type Policy } from '../domain/play/play.ts';
import { formatFault } from '../domain/scenario/faults.ts';
import { resolveScenario } from '../domain/scenario/resolve.ts';
import { summariseScenario } from '../domain/scenario/summary.ts';
import { languageSchema } from '../domain/scenario/text.ts';
import { loadAllScenarios, loadScenarioFile, scenarioFiles, SCENARIOS_DIR } from './scenario-files.ts';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

const USAGE = `usage:
  scenarios list [--json]
  scenarios check [FILE…]
  scenarios export ID --lang fr|en
  scenarios play ID --policy best|random [--seed N]
  scenarios transcript ID --policy best|random [--seed N] [--lang fr|en]`;

function fail(message: string, status = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

function loadById(id: string) {
  const path = join(SCENARIOS_DIR, `${id}.yaml`);
  if (!existsSync(path)) fail(`no scenario "${id}" (expected ${path})`, 2);
  const result = loadScenarioFile(path);
  if (!result.ok) fail(result.faults.map(formatFault).join('\n'), 1);
  return result.scenario;
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, policy: { type: 'string' }, seed: { type: 'string' } },
  });
  switch (command) {
    case 'list': {
      const { scenarios, faults } = loadAllScenarios();
      const summaries = scenarios.map(summariseScenario);
      if (values.json) process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
      else for (const s of summaries) process.stdout.write(`${s.id}\t${s.company}\t${s.text.fr?.title ?? s.text.en?.title ?? ''}\n`);
      for (const fault of faults) process.stderr.write(`${formatFault(fault)}\n`);
      return;
    }
    case 'check': {
      const files = positionals.length > 0 ? positionals : scenarioFiles();
      let faults = 0;
      for (const file of files) {
        const result = loadScenarioFile(file);
        if (!result.ok) {
          faults += result.faults.length;
          for (const fault of result.faults) process.stderr.write(`${formatFault(fault)}\n`);
        }
      }
      if (faults > 0) fail(`${faults} fault(s) in ${files.length} scenario file(s)`);
      process.stdout.write(`${files.length} scenario file(s) checked, no fault\n`);
      return;
    }
    case 'export': {
      const [id] = positionals;
      const lang = languageSchema.safeParse(values.lang);
      if (!id || !lang.success) fail(USAGE, 2);
      const scenario = loadById(id);
      if (!scenario.languages.includes(lang.data)) fail(`scenario "${id}" is not written in "${lang.data}"`, 2);
      process.stdout.write(`${JSON.stringify(resolveScenario(scenario, lang.data), null, 2)}\n`);
      return;
    }
    case 'play':
    case 'transcript': {
      const [id] = positionals;
      const policy = values.policy;
      const seed = values.seed === undefined ? 1 : Number(values.seed);
      const lang = languageSchema.safeParse(values.lang ?? 'fr');
      if (!id || (policy !== 'best' && policy !== 'random') || !Number.isInteger(seed) || !lang.success) fail(USAGE, 2);
      const scenario = loadById(id);
      // `transcript` shows authors and trainers the interview `play` logs, in words.
      const output =
        command === 'play'
          ? JSON.stringify(playLog(scenario, policy as Policy, seed), null, 2)
          : readableTranscript(scenario, playInterview(scenario, policyFor(policy as Policy, seed)), lang.data, lang.data === 'fr' ? 'Vous' : 'You');
      process.stdout.write(`${output}\n`);
      return;
    }
    default:
      fail(USAGE, 2);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 2);
}
