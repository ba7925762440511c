import { bench, describe } from 'vitest';
import { loadAllScenarios } from '../../cli/scenario-files.ts';
import { evaluate } from '../evaluator/evaluate.ts';
import { toInterviewLog } from '../machine/interview-record.ts';
import { playInterview, policyFor } from '../play/play.ts';
import { annotateTranscript } from './annotated-transcript.ts';
import { interviewInsights } from './insights.ts';

// What the end screen computes when an interview finishes, on the longest scenario.
const { scenarios } = loadAllScenarios();
const longest = scenarios.reduce((a, b) => (JSON.stringify(a).length >= JSON.stringify(b).length ? a : b));
const record = playInterview(longest, policyFor('random', 7));
const log = toInterviewLog(record);

describe(`the readiness report (${longest.id}, ${log.events.length} events)`, () => {
  bench('play a whole interview through the machine', () => {
    playInterview(longest, policyFor('random', 7));
  });
  bench('evaluate the 20 criteria', () => {
    evaluate(log);
  });
  bench('insights: time, needs, objections, signals', () => {
    interviewInsights(log, longest);
  });
  bench('annotate the transcript', () => {
    annotateTranscript(longest, record);
  });
});
