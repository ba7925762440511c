import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllScenarios, PROJECT_ROOT } from '../../src/cli/scenario-files.ts';
import { parseInterviewLog } from '../../src/domain/interview-log/log.ts';
import { fixturePath } from '../support/fixtures.ts';

/** Runs a command-line tool as `npm run` would, from the project root. */
function run(tool: 'scenarios' | 'evaluate', ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${tool}.ts`, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const { scenarios } = loadAllScenarios();
const first = scenarios[0]!;

describe('scenarios (command line)', () => {
  it('list --json gives one entry per scenario with its specifics and languages', () => {
    const { status, stdout } = run('scenarios', 'list', '--json');
    expect(status).toBe(0);
    const list = JSON.parse(stdout) as Record<string, unknown>[];
    expect(list.map((s) => s.id)).toEqual(scenarios.map((s) => s.id));
    for (const entry of list) {
      expect(entry).toMatchObject({ market: expect.stringMatching(/^btob|btoc$/), offer: expect.stringMatching(/^(product|service)$/) });
      expect(entry.id).toBe(`${entry.market}-${entry.domain}-${entry.offer}`);
      expect(entry.languages).toEqual(expect.arrayContaining(['fr', 'en']));
    }
  });

  it('check passes on the scenarios and fails, naming code, file and path, on a broken one', () => {
    expect(run('scenarios', 'check').status).toBe(0);
    const broken = run('scenarios', 'check', fixturePath('invalid-scenarios/SC006-unknown-need.yaml'));
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toMatch(/SC006 .*SC006-unknown-need\.yaml at stages\.0\.turns\.0\.options\.0\.reply\.events\.0\.need/);
  });

  it('export resolves every text to the language asked for', () => {
    const { status, stdout } = run('scenarios', 'export', first.id, '--lang', 'en');
    expect(status).toBe(0);
    const exported = JSON.parse(stdout);
    expect(typeof exported.title).toBe('string');
    expect(typeof exported.stages[0].turns[0].options[0].say).toBe('string');
    expect(stdout).not.toMatch(/"fr":/);
  });

  it('play gives a valid log; random with the same seed gives the same log', () => {
    const best = run('scenarios', 'play', first.id, '--policy', 'best');
    expect(best.status).toBe(0);
    expect(parseInterviewLog(JSON.parse(best.stdout)).ok).toBe(true);
    const a = run('scenarios', 'play', first.id, '--policy', 'random', '--seed', '5');
    const b = run('scenarios', 'play', first.id, '--policy', 'random', '--seed', '5');
    expect(a.stdout).toBe(b.stdout);
  });

  it('transcript shows the same interview in words, in the language asked for', () => {
    const { status, stdout } = run('scenarios', 'transcript', first.id, '--policy', 'best', '--lang', 'en');
    expect(status).toBe(0);
    expect(stdout).toContain(`[1] ${first.persona.name}`);
    expect(stdout).toMatch(/\[6\] You · \d+/);
  });

  it('refuses an unknown scenario and a bad policy with status 2', () => {
    expect(run('scenarios', 'play', 'btob-nowhere-product', '--policy', 'best').status).toBe(2);
    expect(run('scenarios', 'play', first.id, '--policy', 'worst').status).toBe(2);
  });
});

describe('evaluate (command line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evs-'));

  it('prints the report of a best play as JSON', () => {
    const file = join(dir, 'best.json');
    writeFileSync(file, run('scenarios', 'play', first.id, '--policy', 'best').stdout);
    const { status, stdout } = run('evaluate', file);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report.criteria)).toHaveLength(20);
    expect(report.criteria['C1.1'].met).toBe(true);
    expect(Object.keys(report.competences)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(report.ready).toBe(true);
    expect(report.clientTalkShare).toBeGreaterThanOrEqual(0.5);
  });

  it('refuses a broken log with status 2 and a message naming the event and the field', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ format: 'interview-log/1', events: [{ stage: 9, speaker: 'client', seconds: 1, act: 'statement' }] }));
    const { status, stdout, stderr } = run('evaluate', file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/event 0, field "stage"/);
  });

  it('prints the report for a person with --format text, in French by default and in English on request', () => {
    const file = join(dir, 'weak.json');
    writeFileSync(file, run('scenarios', 'play', first.id, '--policy', 'random', '--seed', '4').stdout);
    const report = JSON.parse(run('evaluate', file).stdout) as { criteria: Record<string, { met: boolean }> };
    const missed = Object.entries(report.criteria).filter(([, c]) => !c.met).map(([id]) => id);
    expect(missed.length).toBeGreaterThan(0);

    const fr = run('evaluate', file, '--format', 'text');
    expect(fr.status).toBe(0);
    expect(fr.stdout).toMatch(/^Bilan de préparation — /);
    expect(fr.stdout).toContain("Pas encore prêt pour l'examen");
    expect(fr.stdout).toContain('La prochaine fois :');
    for (const id of missed) expect(fr.stdout).toMatch(new RegExp(`\\[ \\] ${id.replace('.', '\\.')} `));

    const en = run('evaluate', file, '--format', 'text', '--lang', 'en');
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^Readiness report — /);
    expect(en.stdout).toContain('Not ready yet');
    expect(en.stdout).toContain('What counted:');
    // Evidence is quoted from the transcript, in the language asked for.
    expect(en.stdout).toMatch(/\(for\) “[^”]+”/);
    expect(fr.stdout).toMatch(/\(pour\) « [^»]+ »/);
    expect(en.stdout).not.toMatch(/report\.|acts\.|\{\{/);
  }, 30_000);

  it('says "ready" in words for a best play', () => {
    const file = join(dir, 'best-text.json');
    writeFileSync(file, run('scenarios', 'play', first.id, '--policy', 'best').stdout);
    const { status, stdout } = run('evaluate', file, '--format', 'text', '--lang', 'en');
    expect(status).toBe(0);
    expect(stdout).toContain('Ready for the exam.');
    expect(stdout.match(/\[x\] C\d\.\d/g)).toHaveLength(20);
  }, 20_000);

  it('refuses an unknown format or language with status 2 and the usage', () => {
    const file = join(dir, 'best.json');
    for (const args of [['--format', 'pdf'], ['--lang', 'de']]) {
      const { status, stderr } = run('evaluate', file, ...args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/usage: evaluate FILE/);
    }
  }, 20_000);

  it('refuses a broken log in text format too, with the same message', () => {
    const file = join(dir, 'broken-text.json');
    writeFileSync(file, JSON.stringify({ format: 'interview-log/1', events: [{ stage: 2, speaker: 'learner', seconds: -1, act: 'statement' }] }));
    const { status, stdout, stderr } = run('evaluate', file, '--format', 'text');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/event 0, field "seconds"/);
  });
});
