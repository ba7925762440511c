import { describe, expect, it } from 'vitest';
import { minimalScenario } from '../../../tests/support/fixtures.ts';
import { createInterviewMachine } from '../../domain/machine/interview-machine.ts';
import { replayInterview } from './replay.ts';
import { lastExchange } from './last-exchange.ts';

const scenario = minimalScenario();
const recordAfter = (choices: string[]) => replayInterview(createInterviewMachine(scenario), { choices, endedBy: null }).actor.getSnapshot().context;

describe('the last exchange, for coaching', () => {
  it('is nothing before the learner has spoken', () => {
    expect(lastExchange(scenario, recordAfter([]))).toBeNull();
  });

  it('gives the reply chosen, the change of trust and what the client revealed', () => {
    const exchange = lastExchange(scenario, recordAfter(['t1-best']))!;
    expect(exchange.option.id).toBe('t1-best');
    expect(exchange.trustChange).toBe(5);
    expect(exchange.clientActs.map((a) => a.act)).toEqual(['reveals-need', 'cue']);
  });

  it('includes what the client says when the next turn opens, such as an objection', () => {
    const exchange = lastExchange(scenario, recordAfter(['t1-best', 't2-best', 't3-best', 't4-best', 't5-best']))!;
    expect(exchange.clientActs.map((a) => a.act)).toEqual(['cue', 'objection']);
  });

  it('shows trust falling after an interruption', () => {
    expect(lastExchange(scenario, recordAfter(['t1-cut']))!.trustChange).toBe(-10);
  });
});
