import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../../../tests/support/fixtures.ts';
import { parseInterviewLog } from '../interview-log/log.ts';
import { toInterviewLog } from '../machine/interview-record.ts';
import { transcriptLine } from '../machine/transcript.ts';
import { playInterview, policyFor } from '../play/play.ts';
import { annotateTranscript } from './annotated-transcript.ts';
import { lineOfEvent } from './event-line.ts';
import { interviewInsights } from './insights.ts';

const scenario = minimalScenario();
const best = playInterview(scenario, policyFor('best'));
const randoms = [1, 2, 3, 4, 5, 6].map((seed) => playInterview(scenario, policyFor('random', seed)));

describe('quoting an event of the log', () => {
  it('finds, for every event of a simulated interview, the words of its transcript line', () => {
    for (const record of [best, ...randoms]) {
      record.events.forEach((event) => {
        const line = (event as { line?: number }).line!;
        expect(lineOfEvent(scenario, event)).toEqual(transcriptLine(scenario, record.transcript[line]!));
      });
    }
  });

  it('survives the log being written to a file and read back', () => {
    const parsed = parseInterviewLog(JSON.parse(JSON.stringify(toInterviewLog(best))));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.log.events.map((e) => lineOfEvent(scenario, e))).toEqual(best.events.map((e) => lineOfEvent(scenario, e)));
  });

  it('has nothing to quote for an event without a source, or from another scenario', () => {
    expect(lineOfEvent(scenario, { stage: 2, speaker: 'learner', seconds: 3, act: 'open-question', relevant: true })).toBeNull();
    expect(lineOfEvent(scenario, { stage: 2, speaker: 'learner', seconds: 3, act: 'statement', option: 'nowhere', turn: 'nowhere' } as never)).toBeNull();
    expect(lineOfEvent(scenario, { stage: 2, speaker: 'client', seconds: 3, act: 'statement', turn: 'nowhere' } as never)).toBeNull();
  });
});

describe('what the report tells besides the criteria', () => {
  it('on the best play: every need discovered, every objection raised is dispelled, every signal caught', () => {
    const insights = interviewInsights(toInterviewLog(best), scenario);
    expect(insights.needs.missed).toEqual([]);
    expect(insights.needs.discovered.map((n) => n.id).sort()).toEqual(scenario.needs.map((n) => n.id).sort());
    expect(insights.objections.open).toEqual([]);
    expect(insights.objections.dispelled.length).toBeGreaterThan(0);
    expect(insights.signals.missed).toEqual([]);
    expect(insights.signals.caught.length).toBeGreaterThan(0);
    for (const o of insights.objections.dispelled) expect(o.resolvedAt).toBeGreaterThan(o.raisedAt);
  });

  it('sorts every need, objection and signal of the scenario into exactly one pile', () => {
    for (const record of randoms) {
      const { needs, objections, signals } = interviewInsights(toInterviewLog(record), scenario);
      expect([...needs.discovered.map((n) => n.id), ...needs.missed].sort()).toEqual(scenario.needs.map((n) => n.id).sort());
      expect([...objections.dispelled, ...objections.open].map((o) => o.id).concat(objections.notRaised).sort()).toEqual(scenario.objections.map((o) => o.id).sort());
      expect([...signals.caught, ...signals.missed].map((s) => s.id).concat(signals.notGiven).sort()).toEqual(scenario.buyingSignals.map((s) => s.id).sort());
    }
  });

  it('gives the time spent in each stage against its indication, adding up to the whole interview', () => {
    const { stages } = interviewInsights(toInterviewLog(best), scenario);
    expect(stages.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stages.reduce((sum, s) => sum + s.seconds, 0)).toBe(best.events.reduce((sum, e) => sum + e.seconds, 0));
    expect(stages.map((s) => s.indicationSeconds)).toEqual(scenario.stages.map((s) => s.minutes * 60));
  });

  it('without the scenario, tells only what the log shows', () => {
    const insights = interviewInsights(toInterviewLog(best));
    expect(insights.needs.missed).toEqual([]);
    expect(insights.objections.notRaised).toEqual([]);
    expect(insights.stages.every((s) => s.indicationSeconds === null)).toBe(true);
  });

  it('counts an objection as dispelled only when resolved after it was raised', () => {
    const log = { format: 'interview-log/1' as const, events: [
      { stage: 4, speaker: 'client' as const, seconds: 2, act: 'objection-resolved' as const, objection: 'price' },
      { stage: 4, speaker: 'client' as const, seconds: 2, act: 'objection' as const, id: 'price' },
    ] };
    expect(interviewInsights(log).objections).toEqual({ dispelled: [], open: [{ id: 'price', raisedAt: 1 }], notRaised: [] });
  });
});

describe('the annotated transcript', () => {
  it('on the best play, offers no better reply and ties every event to its line', () => {
    const lines = annotateTranscript(scenario, best);
    expect(lines).toHaveLength(best.transcript.length);
    expect(lines.every((l) => l.better === null)).toBe(true);
    expect(lines.flatMap((l) => l.events)).toEqual(best.events.map((_, i) => i));
  });

  it('marks each reply with what it counted for, and names the model reply where another was chosen', () => {
    const bestIds = new Set(scenario.stages.flatMap((s) => s.turns.flatMap((t) => t.options.filter((o) => o.best).map((o) => o.id))));
    const record = randoms.find((r) => r.chosen.some((id) => !bestIds.has(id)))!;
    const lines = annotateTranscript(scenario, record);
    const learnerLines = lines.filter((l) => l.entry.speaker === 'learner');
    expect(learnerLines.some((l) => l.better !== null)).toBe(true);
    for (const l of learnerLines) {
      if (l.better) expect(l.better.best).toBe(true);
      if (l.better && l.entry.speaker === 'learner') expect(l.better.id).not.toBe(l.entry.option);
      for (const c of l.counts) expect(c.criterion).not.toBeNull();
    }
  });
});
