import type { Scenario } from '../scenario/schema.ts';
import { resolveText, type Language } from '../scenario/text.ts';
import type { InterviewRecord } from './interview-record.ts';
import { transcriptLine } from './transcript.ts';

/** An interview as a person reads it: stage, speaker, trust after the line, words and body language. */
export function readableTranscript(scenario: Scenario, record: InterviewRecord, lang: Language, learnerName: string): string {
  return record.transcript
    .map((entry) => {
      const line = transcriptLine(scenario, entry);
      const who = entry.speaker === 'client' ? scenario.persona.name : learnerName;
      const seen = line.nonVerbal ? `\n      (${resolveText(line.nonVerbal, lang)})` : '';
      return `[${entry.stage}] ${who} · ${entry.trust}\n      ${resolveText(line.say, lang)}${seen}`;
    })
    .join('\n');
}
