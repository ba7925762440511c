import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../../../tests/support/fixtures.ts';
import { loadAllScenarios } from '../../cli/scenario-files.ts';
import type { ClientAct } from '../interview-log/acts.ts';
import { findLine } from '../machine/transcript.ts';
import type { ConditionalLine, Scenario, Stage } from '../scenario/schema.ts';
import { formatMinutes, formatSlot, juryScript, STAGE_COMPETENCES } from './jury-script.ts';

const { scenarios, faults } = loadAllScenarios();

/** Every client act of a stage, found by walking its turns as plain data (not the module's own walk). */
function stageEvents(stage: Stage): ClientAct[] {
  const found: ClientAct[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    // Client lines carry `events`; learner options carry `acts`, which are not looked at.
    if (Array.isArray(record.events)) found.push(...(record.events as ClientAct[]));
    for (const [key, child] of Object.entries(record)) if (key !== 'events') walk(child);
  };
  walk(stage.turns);
  return found;
}

const stagesWhere = (scenario: Scenario, test: (e: ClientAct) => boolean) =>
  scenario.stages.filter((stage) => stageEvents(stage).some(test)).map((stage) => stage.number);

describe('the jury script, over every scenario', () => {
  it('has scenarios to check', () => {
    expect(faults).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
    const script = juryScript(scenario);

    it('gives the six stages slots that follow one another and add up to the stages’ minutes', () => {
      expect(script.stages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
      const total = scenario.stages.reduce((sum, s) => sum + s.minutes, 0);
      expect(script.totalMinutes).toBeCloseTo(total, 9);
      expect(script.stages[0]!.start).toBe(0);
      script.stages.forEach((slot, i) => {
        expect(slot.minutes).toBe(scenario.stages[i]!.minutes);
        expect(slot.end - slot.start).toBeCloseTo(slot.minutes, 9);
        if (i > 0) expect(slot.start).toBe(script.stages[i - 1]!.end);
      });
      expect(script.stages.at(-1)!.end).toBeCloseTo(total, 9);
      expect(script.stages.map((s) => s.competence)).toEqual(['C1', 'C1', 'C2', 'C3', 'C4', 'C5']);
    });

    it('places every objection exactly once, in the first stage that raises it, or among the unplaced', () => {
      const placed = script.stages.flatMap((s) => s.objections.map((o) => o.objection.id));
      const unplaced = script.unplacedObjections.map((o) => o.id);
      expect([...placed, ...unplaced].sort()).toEqual(scenario.objections.map((o) => o.id).sort());
      for (const stage of script.stages) {
        for (const placedObjection of stage.objections) {
          const raisedIn = stagesWhere(scenario, (e) => e.act === 'objection' && e.id === placedObjection.objection.id);
          expect(placedObjection.stage).toBe(stage.number);
          expect(stage.number).toBe(raisedIn[0]);
          expect(placedObjection.alsoIn).toEqual(raisedIn.slice(1));
        }
      }
      for (const id of unplaced) expect(stagesWhere(scenario, (e) => e.act === 'objection' && e.id === id)).toEqual([]);
    });

    it('quotes, for each placed objection, a client line that really raises it', () => {
      for (const placed of script.stages.flatMap((s) => s.objections)) {
        const line = findLine(scenario, placed.line.source);
        expect(line, placed.objection.id).not.toBeNull();
        expect(line!.say).toEqual(placed.line.say);
        expect((line as ConditionalLine).events).toContainEqual({ act: 'objection', id: placed.objection.id });
        const turnStage = scenario.stages.find((s) => s.turns.some((t) => t.id === placed.line.source.turn))!.number;
        expect(turnStage).toBe(placed.stage);
      }
    });

    it('places every buying signal exactly once, with the line that gives it and its conditions', () => {
      const placed = script.stages.flatMap((s) => s.signals);
      const ids = [...placed.map((p) => p.signal.id), ...script.unplacedSignals.map((s) => s.id)];
      expect(ids.sort()).toEqual(scenario.buyingSignals.map((s) => s.id).sort());
      for (const p of placed) {
        const givenIn = stagesWhere(scenario, (e) => e.act === 'buying-signal' && e.id === p.signal.id);
        expect(p.stage).toBe(givenIn[0]);
        // A client line, possibly conditional (a variant or a reply).
        const line = findLine(scenario, p.line.source) as ConditionalLine | null;
        expect(line, p.signal.id).not.toBeNull();
        expect(line!.events).toContainEqual({ act: 'buying-signal', id: p.signal.id, channel: p.signal.channel });
        // The words or the body language quoted are the line's own.
        expect([line!.say, line!.nonVerbal]).toContainEqual(p.carrier);
        if (p.signal.channel === 'non-verbal' && line!.nonVerbal !== undefined) expect(p.carrier).toEqual(line!.nonVerbal);
        // A line said only under a condition says so, in plain terms.
        const when = line!.when;
        if (when?.trustAtLeast !== undefined) expect(p.line.conditions).toContainEqual({ kind: 'at-ease', trust: when.trustAtLeast });
        for (const need of when?.needs ?? []) {
          expect(p.line.conditions).toContainEqual({ kind: 'need-uncovered', need, label: scenario.needs.find((n) => n.id === need)!.label });
        }
      }
    });

    it('lists every need with the stages that reveal it', () => {
      expect(script.needs.map((n) => n.id)).toEqual(scenario.needs.map((n) => n.id));
      for (const need of script.needs) {
        expect(need.stages).toEqual(stagesWhere(scenario, (e) => e.act === 'reveals-need' && e.need === need.id));
        for (const number of need.stages) expect(script.stages.find((s) => s.number === number)!.needs).toContain(need.id);
      }
    });
  });
});

describe('the jury script of a hand-built scenario', () => {
  it('derives the slots, needs, objections and signals of the minimal scenario', () => {
    const scenario = minimalScenario();
    const script = juryScript(scenario);
    expect(script.stages.map(formatSlot)).toEqual(['0:00–3:00', '3:00–10:00', '10:00–16:00', '16:00–22:00', '22:00–26:00', '26:00–30:00']);
    expect(script.totalMinutes).toBe(30);
    expect(script.needs.map((n) => [n.id, n.stages])).toEqual([['quiet', [1]], ['green', [2]], ['proof', [2]]]);
    expect(script.stages.map((s) => s.needs)).toEqual([['quiet'], ['green', 'proof'], [], [], [], []]);

    const stage4 = script.stages[3]!;
    expect(stage4.objections.map((o) => [o.objection.id, o.line.source])).toEqual([
      ['price', { speaker: 'client', turn: 't6' }],
      ['trust', { speaker: 'client', turn: 't7' }],
    ]);
    expect(stage4.objections[0]!.line.say).toEqual({ fr: "Bon, mais 480 euros par mois, c'est trop cher pour nous.", en: 'Right, but 480 euros a month is too much for us.' });
    expect(stage4.objections[0]!.line.conditions).toEqual([]);
    expect(script.unplacedObjections).toEqual([]);

    const [signal] = script.stages[4]!.signals;
    expect(signal!.signal.id).toBe('asks-start');
    expect(signal!.line.source).toEqual({ speaker: 'client', turn: 't8', variant: 0 });
    expect(signal!.carrier).toEqual({ fr: 'Vous pourriez commencer quand, au plus tôt ?', en: 'When could you start, at the earliest?' });
    expect(signal!.carrierChannel).toBe('verbal');
    expect(signal!.line.conditions).toEqual([{ kind: 'at-ease', trust: 50 }]);
    expect(script.unplacedSignals).toEqual([]);
  });

  it('sets aside an objection no line raises, places one raised twice in its first stage, and reads a reply’s conditions', () => {
    const scenario = minimalScenario();
    const [s1, , , s4, s5] = scenario.stages;
    // No line raises "trust" any more...
    const t7 = s4!.turns[1]!;
    t7.client = { ...t7.client!, events: [] };
    // ... "price" is raised in stage 1 too, after a good question ...
    const firstOption = s1!.turns[0]!.options[0]!;
    firstOption.reply!.events.push({ act: 'objection', id: 'price' });
    // ... and a reply of stage 5 gives a non-verbal signal, under conditions.
    scenario.buyingSignals.push({ id: 'gets-diary', channel: 'non-verbal', description: { fr: 'Sort son agenda.', en: 'Gets out her diary.' } });
    const option = s5!.turns[0]!.options[1]!;
    option.when = { probed: ['price'], notChosen: ['t6-drop'] };
    option.reply = {
      say: { fr: 'Bon.', en: 'Fine.' },
      nonVerbal: { fr: 'Elle ouvre son agenda.', en: 'She opens her diary.' },
      events: [{ act: 'buying-signal', id: 'gets-diary', channel: 'non-verbal' }],
      trust: 0,
      when: { trustBelow: 40, needs: ['green'], needsMissing: ['proof'] },
    };

    const script = juryScript(scenario);
    expect(script.unplacedObjections.map((o) => o.id)).toEqual(['trust']);
    expect(script.stages[0]!.objections.map((o) => [o.objection.id, o.alsoIn])).toEqual([['price', [4]]]);
    expect(script.stages[0]!.objections[0]!.line.source).toEqual({ speaker: 'client', turn: 't1', option: 't1-best' });
    expect(script.stages[0]!.objections[0]!.line.inAnswerTo).toEqual({ option: 't1-best', say: firstOption.say });
    expect(script.stages[3]!.objections).toEqual([]);

    const diary = script.stages[4]!.signals.find((s) => s.signal.id === 'gets-diary')!;
    expect(diary.carrier).toEqual({ fr: 'Elle ouvre son agenda.', en: 'She opens her diary.' });
    expect(diary.carrierChannel).toBe('non-verbal');
    expect(diary.line.conditions).toEqual([
      { kind: 'objection-explored', objection: 'price', label: { fr: 'Budget serré.', en: 'Tight budget.' } },
      { kind: 'reply-not-given', option: 't6-drop', say: { fr: 'Je vous fais 400.', en: "I'll do 400." } },
      { kind: 'on-guard', trust: 40 },
      { kind: 'need-uncovered', need: 'green', label: { fr: 'Écologie', en: 'Green' } },
      { kind: 'need-hidden', need: 'proof', label: { fr: 'Preuve', en: 'Proof' } },
    ]);
  });

  it('writes minutes as a clock and maps each stage to its competence', () => {
    expect(formatMinutes(0)).toBe('0:00');
    expect(formatMinutes(12.5)).toBe('12:30');
    expect(formatMinutes(30)).toBe('30:00');
    expect(Object.values(STAGE_COMPETENCES)).toEqual(['C1', 'C1', 'C2', 'C3', 'C4', 'C5']);
  });
});
