import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../interview-log/log.ts';
import { speakingSeconds, spokenSeconds } from './speech.ts';

describe('speaking time', () => {
  it('counts a line at 150 words a minute, averaged over languages, at least one second', () => {
    expect(speakingSeconds({ fr: 'un deux trois quatre cinq', en: 'one two three four five six seven eight nine ten' }, ['fr', 'en'])).toBe(3);
    expect(speakingSeconds('Oui.', ['fr', 'en'])).toBe(1);
  });

  it('adds up the seconds spoken, in one stage or in all', () => {
    const events = [
      { stage: 1, speaker: 'client', seconds: 4, act: 'statement' },
      { stage: 2, speaker: 'learner', seconds: 3, act: 'closed-question' },
      { stage: 2, speaker: 'client', seconds: 5, act: 'statement' },
    ] as LogEvent[];
    expect(spokenSeconds(events)).toBe(12);
    expect(spokenSeconds(events, 2)).toBe(8);
    expect(spokenSeconds(events, 6)).toBe(0);
  });
});
