import { describe, expect, it } from 'vitest';
import { parseInterviewLog, parseInterviewLogText } from './log.ts';

const valid = {
  format: 'interview-log/1',
  scenario: 'btob-tech-digital-product',
  events: [
    { stage: 1, speaker: 'client', seconds: 9, act: 'statement' },
    { stage: 2, speaker: 'learner', seconds: 4, act: 'open-question', relevant: true, words: 'Kept but ignored' },
    { stage: 2, speaker: 'client', seconds: 14, act: 'reveals-need', need: 'uptime' },
  ],
};

const withEvent = (event: Record<string, unknown>) => ({ ...valid, events: [...valid.events, event] });

describe('parsing an interview log', () => {
  it('accepts the example of REFERENTIAL.md and keeps extra fields', () => {
    const result = parseInterviewLog(valid);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.log.events).toHaveLength(3);
  });

  it('accepts a log without scenario and with no events', () => {
    expect(parseInterviewLog({ format: 'interview-log/1', events: [] }).ok).toBe(true);
  });

  it.each([
    ['an unknown act', { stage: 1, speaker: 'learner', seconds: 1, act: 'dance' }, /event 3, field "act": unknown act/],
    ['an act the speaker cannot perform', { stage: 1, speaker: 'client', seconds: 1, act: 'open-question', relevant: true }, /event 3, field "act": a client cannot/],
    ['a stage outside 1–6', { stage: 7, speaker: 'client', seconds: 1, act: 'statement' }, /event 3, field "stage"/],
    ['a stage of 0', { stage: 0, speaker: 'client', seconds: 1, act: 'statement' }, /event 3, field "stage"/],
    ['negative seconds', { stage: 1, speaker: 'client', seconds: -1, act: 'statement' }, /event 3, field "seconds"/],
    ['missing seconds', { stage: 1, speaker: 'client', act: 'statement' }, /event 3, field "seconds"/],
    ['a missing extra field', { stage: 2, speaker: 'learner', seconds: 1, act: 'reformulation', need: 'x' }, /event 3, field "accurate"/],
    ['a wrong enum', { stage: 2, speaker: 'client', seconds: 1, act: 'cue', kind: 'joy', channel: 'verbal' }, /event 3, field "kind"/],
    ['an unknown speaker', { stage: 2, speaker: 'jury', seconds: 1, act: 'statement' }, /event 3, field "speaker"/],
  ])('refuses %s, naming the event and the field', (_, event, message) => {
    const result = parseInterviewLog(withEvent(event));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses text that is not JSON, and a wrong format', () => {
    const notJson = parseInterviewLogText('{oops');
    expect(notJson.ok ? '' : notJson.message).toMatch(/not JSON/);
    const wrong = parseInterviewLog({ ...valid, format: 'interview-log/2' });
    expect(wrong.ok ? '' : wrong.message).toMatch(/field "format"/);
  });
});
