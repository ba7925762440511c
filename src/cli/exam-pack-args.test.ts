import { describe, expect, it } from 'vitest';
import { parseExamPackArgs } from './exam-pack-args.ts';

const ids = ['btob-crafts-product', 'btoc-industry-service'];
const parse = (...argv: string[]) => parseExamPackArgs(argv, ids);

describe('exam-pack arguments', () => {
  it('needs only --out: French and every scenario by default', () => {
    expect(parse('--out', 'pack')).toEqual({ kind: 'run', options: { out: 'pack', lang: 'fr', scenario: undefined } });
  });

  it('takes a language and one scenario, as "--flag value" or "--flag=value", in any order', () => {
    const expected = { kind: 'run', options: { out: '/tmp/pack', lang: 'en', scenario: 'btoc-industry-service' } };
    expect(parse('--out', '/tmp/pack', '--lang', 'en', '--scenario', 'btoc-industry-service')).toEqual(expected);
    expect(parse('--scenario=btoc-industry-service', '--lang=en', '--out=/tmp/pack')).toEqual(expected);
    expect(parse('--lang', 'fr', '--out', 'x')).toMatchObject({ options: { lang: 'fr' } });
  });

  it('asks for help with --help or -h, whatever else is there', () => {
    expect(parse('--help')).toEqual({ kind: 'help' });
    expect(parse('--out', 'x', '-h')).toEqual({ kind: 'help' });
  });

  it('refuses a missing --out', () => {
    expect(parse()).toEqual({ kind: 'usage-error', message: '--out DIR is required' });
    expect(parse('--lang', 'en')).toEqual({ kind: 'usage-error', message: '--out DIR is required' });
  });

  it('refuses an option without its value, naming the option', () => {
    for (const argv of [['--out'], ['--out', '--lang', 'en'], ['--out='], ['--out', 'x', '--scenario'], ['--out', 'x', '--lang=']]) {
      expect(parse(...argv)).toEqual({ kind: 'usage-error', message: expect.stringMatching(/^--(out|scenario|lang) needs a value$/) });
    }
  });

  it('refuses an unknown option, a stray argument and an option given twice', () => {
    expect(parse('--out', 'x', '--format', 'pdf')).toEqual({ kind: 'usage-error', message: 'unknown option "--format"' });
    expect(parse('--out', 'x', '-o')).toEqual({ kind: 'usage-error', message: 'unknown option "-o"' });
    expect(parse('--out', 'x', 'extra')).toEqual({ kind: 'usage-error', message: 'unexpected argument "extra"' });
    expect(parse('--out', 'x', '--out', 'y')).toEqual({ kind: 'usage-error', message: '--out is given more than once' });
  });

  it('refuses a language other than fr or en', () => {
    expect(parse('--out', 'x', '--lang', 'de')).toEqual({ kind: 'usage-error', message: '--lang must be fr or en, not "de"' });
    expect(parse('--out', 'x', '--lang', 'FR')).toMatchObject({ kind: 'usage-error' });
  });

  it('refuses an unknown scenario, naming it and listing the known ones', () => {
    const result = parse('--out', 'x', '--scenario', 'btob-nowhere-product');
    expect(result).toEqual({
      kind: 'usage-error',
      message: 'unknown scenario "btob-nowhere-product"; the scenarios are: btob-crafts-product, btoc-industry-service',
    });
  });
});
