import { LANGUAGES, type Language } from '../domain/scenario/text.ts';

export const EXAM_PACK_USAGE = `usage: exam-pack --out DIR [--lang fr|en] [--scenario ID]
  --out DIR        where to write DIR/ID/candidate-brief.pdf, jury-script.pdf and evaluation-grid.pdf
  --lang fr|en     the language of the documents (default: fr)
  --scenario ID    only this scenario (default: every scenario)`;

export interface ExamPackOptions {
  out: string;
  lang: Language;
  /** One scenario's id, or undefined for all of them. */
  scenario: string | undefined;
}

export type ExamPackArgs = { kind: 'run'; options: ExamPackOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

const OPTIONS = ['--out', '--lang', '--scenario'] as const;
type OptionName = (typeof OPTIONS)[number];
const isOption = (flag: string): flag is OptionName => (OPTIONS as readonly string[]).includes(flag);
const isLanguage = (lang: string): lang is Language => (LANGUAGES as readonly string[]).includes(lang);

/**
 * Reads `exam-pack`'s arguments (`--flag value` or `--flag=value`). `knownIds` are the scenarios
 * that exist, so that `--scenario` can be checked and the fault can list them. Pure: the command
 * prints the message and the usage, and exits with status 2 on a usage error.
 */
export function parseExamPackArgs(argv: readonly string[], knownIds: readonly string[]): ExamPackArgs {
  const error = (message: string): ExamPackArgs => ({ kind: 'usage-error', message });
  const values = new Map<OptionName, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const equals = arg.indexOf('=');
    const flag = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    if (!flag.startsWith('-')) return error(`unexpected argument "${arg}"`);
    if (!isOption(flag)) return error(`unknown option "${flag}"`);
    if (values.has(flag)) return error(`${flag} is given more than once`);
    let value: string | undefined;
    if (flag !== arg) value = arg.slice(equals + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') return error(`${flag} needs a value`);
    values.set(flag, value);
  }

  const out = values.get('--out');
  if (out === undefined) return error('--out DIR is required');
  const lang = values.get('--lang') ?? 'fr';
  if (!isLanguage(lang)) return error(`--lang must be ${LANGUAGES.join(' or ')}, not "${lang}"`);
  const scenario = values.get('--scenario');
  if (scenario !== undefined && !knownIds.includes(scenario)) {
    return error(`unknown scenario "${scenario}"; the scenarios are: ${knownIds.join(', ')}`);
  }
  return { kind: 'run', options: { out, lang, scenario } };
}
