import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate } from '../domain/evaluator/evaluate.ts';
import { parseInterviewLogText } from '../domain/interview-log/log.ts';
import type { Scenario } from '../domain/scenario/schema.ts';
import { languageSchema } from '../domain/scenario/text.ts';
import { createTranslator } from '../i18n/translator.ts';
import { reportText } from './report-text.ts';
import { loadScenarioFile, SCENARIOS_DIR } from './scenario-files.ts';

const USAGE = 'usage: evaluate FILE [--format json|text] [--lang fr|en]';

/** The scenario the log names, to quote its words and list what was missed; none if unknown. */
function namedScenario(id: string | undefined): Scenario | undefined {
  if (!id || !/^[a-z-]+$/.test(id)) return undefined;
  const path = join(SCENARIOS_DIR, `${id}.yaml`);
  if (!existsSync(path)) return undefined;
  const loaded = loadScenarioFile(path);
  return loaded.ok ? loaded.scenario : undefined;
}

async function main(argv: string[]): Promise<number> {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string', default: 'json' }, lang: { type: 'string', default: 'fr' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { positionals, values } = parsedArgs;
  const [file] = positionals;
  const lang = languageSchema.safeParse(values.lang);
  if (!file || !lang.success || (values.format !== 'json' && values.format !== 'text')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read: ${(error as Error).message}\n`);
    return 2;
  }
  const parsed = parseInterviewLogText(text);
  if (!parsed.ok) {
    process.stderr.write(`${file}: refused: ${parsed.message}\n`);
    return 2;
  }
  const report = evaluate(parsed.log);
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const t = await createTranslator(lang.data);
  process.stdout.write(reportText(report, parsed.log, t, lang.data, namedScenario(parsed.log.scenario)));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
