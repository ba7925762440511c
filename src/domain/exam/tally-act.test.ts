import { describe, expect, it } from 'vitest';
import { parseInterviewLog } from '../interview-log/log.ts';
import { pickOptions, tallyAct, type Picked, type TallyChoices } from './tally-act.ts';
import { TALLY_BUTTONS, tallyButton, type TallyButton } from './tally-buttons.ts';

const choices: TallyChoices = {
  needs: ['uptime', 'budget'],
  objections: ['price', 'switching-cost'],
  buyingSignals: [
    { id: 'asks-delivery', channel: 'verbal' },
    { id: 'leans-in', channel: 'non-verbal' },
  ],
};

const button = (key: string): TallyButton => {
  const found = tallyButton(key);
  if (!found) throw new Error(`no button ${key}`);
  return found;
};

// The first choice of every pick the button asks for.
const firstPicks = (b: TallyButton): Picked => Object.fromEntries(b.picks.map((p) => [p, pickOptions(p, choices)[0]!]));

describe('the observer’s grid', () => {
  it('has one button per act the evaluator reads, and each records an event the log accepts', () => {
    for (const b of TALLY_BUTTONS) {
      const result = tallyAct(b, firstPicks(b), choices);
      if (!result.ok) throw new Error(`${b.key} still needs ${result.missing}`);
      const log = { format: 'interview-log/1', events: [{ stage: 2, speaker: result.value.speaker, seconds: 0, ...result.value.act }] };
      expect(parseInterviewLog(log), b.key).toMatchObject({ ok: true });
    }
    const acts = new Set(TALLY_BUTTONS.map((b) => `${b.speaker}:${b.act}`));
    expect(acts.size).toBe(28); // every act of REFERENTIAL.md but the two statements, which the talk clock records
  });

  it('keys its buttons uniquely', () => {
    const keys = TALLY_BUTTONS.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('records a relevant and an off-the-point open question from two buttons', () => {
    expect(tallyAct(button('open-question'), {}, choices)).toEqual({ ok: true, value: { speaker: 'learner', act: { act: 'open-question', relevant: true } } });
    expect(tallyAct(button('open-question-off'), {}, choices)).toEqual({ ok: true, value: { speaker: 'learner', act: { act: 'open-question', relevant: false } } });
  });

  it('asks for each pick in turn and refuses a choice the scenario does not have', () => {
    const reformulation = button('reformulation');
    expect(tallyAct(reformulation, {}, choices)).toEqual({ ok: false, missing: 'need' });
    expect(tallyAct(reformulation, { need: 'uptime' }, choices)).toEqual({ ok: false, missing: 'accurate' });
    expect(tallyAct(reformulation, { need: 'colour', accurate: true }, choices)).toEqual({ ok: false, missing: 'need' });
    expect(tallyAct(reformulation, { need: 'uptime', accurate: false }, choices)).toEqual({
      ok: true,
      value: { speaker: 'learner', act: { act: 'reformulation', need: 'uptime', accurate: false } },
    });
  });

  it('names the client’s objection and signal by their id, the candidate’s by the field the log expects', () => {
    expect(tallyAct(button('objection'), { objection: 'price' }, choices)).toMatchObject({ value: { act: { act: 'objection', id: 'price' } } });
    expect(tallyAct(button('objection-probe'), { objection: 'price' }, choices)).toMatchObject({ value: { act: { act: 'objection-probe', objection: 'price' } } });
    expect(tallyAct(button('signal-acknowledged'), { signal: 'leans-in' }, choices)).toMatchObject({ value: { act: { act: 'signal-acknowledged', signal: 'leans-in' } } });
  });

  it('gives a buying signal the channel the scenario gives it', () => {
    expect(tallyAct(button('buying-signal'), { signal: 'leans-in' }, choices)).toMatchObject({ value: { speaker: 'client', act: { act: 'buying-signal', id: 'leans-in', channel: 'non-verbal' } } });
    expect(tallyAct(button('buying-signal'), { signal: 'asks-delivery' }, choices)).toMatchObject({ value: { act: { channel: 'verbal' } } });
  });

  it('lets an argument or an example answer no particular need', () => {
    expect(pickOptions('need-or-none', choices)).toEqual(['uptime', 'budget', null]);
    expect(tallyAct(button('argument'), { 'need-or-none': null }, choices)).toMatchObject({ value: { act: { act: 'argument', need: null } } });
    expect(tallyAct(button('example'), { 'need-or-none': 'budget' }, choices)).toMatchObject({ value: { act: { act: 'example', need: 'budget' } } });
  });

  it('records cues by kind and channel, and next steps, summaries and feedback questions with their detail', () => {
    expect(tallyAct(button('cue'), { 'cue-kind': 'comfort', channel: 'non-verbal' }, choices)).toMatchObject({ value: { act: { act: 'cue', kind: 'comfort', channel: 'non-verbal' } } });
    expect(tallyAct(button('next-step'), { 'next-step-kind': 'demo' }, choices)).toMatchObject({ value: { act: { act: 'next-step', kind: 'demo' } } });
    expect(tallyAct(button('agreement-summary'), { points: 3 }, choices)).toMatchObject({ value: { act: { act: 'agreement-summary', points: 3 } } });
    expect(tallyAct(button('feedback-question'), { open: false }, choices)).toMatchObject({ value: { act: { act: 'feedback-question', open: false } } });
    expect(tallyAct(button('concession'), { justified: true }, choices)).toMatchObject({ value: { act: { act: 'concession', justified: true } } });
  });
});
