import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate } from '../domain/evaluator/evaluate.ts';
import { parseInterviewLogText } from '../domain/interview-log/log.ts';

function main(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const [file] = positionals;
  if (!file) {
    process.stderr.write('usage: evaluate FILE\n');
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
  process.stdout.write(`${JSON.stringify(evaluate(parsed.log), null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
