import { assign, setup, type StateNodeConfig, type AnyEventObject } from 'xstate';
import type { ClientAct } from '../interview-log/acts.ts';
import type { Scenario } from '../scenario/schema.ts';
import { indexScenario } from '../scenario/scenario-index.ts';
import {
  chooseOption,
  conditionHolds,
  enterTurn,
  initialRecord,
  toInterviewLog,
  type InterviewRecord,
  type Outcome,
} from './interview-record.ts';

export type InterviewEvent =
  | { type: 'learner.choose'; optionId: string }
  | { type: 'learner.abandon' }
  | { type: 'clock.expired' };

/** What the UI is told as the interview goes, to play sounds or show effects. */
export type InterviewMoment =
  | { kind: 'start' }
  | { kind: 'client-acts'; acts: ClientAct[] }
  | { kind: 'end'; outcome: Outcome };

export const turnStateId = (turnId: string) => `turn-${turnId}`;
export const stageStateKey = (stage: number) => `stage${stage}`;

/**
 * One factory turns any scenario into its six-stage machine: a compound state per stage, a state
 * per turn inside it, and `ended`. The context is the interview record; the output is the log.
 */
export function createInterviewMachine(scenario: Scenario) {
  const index = indexScenario(scenario);
  const machineSetup = setup({
    types: {
      context: {} as InterviewRecord,
      events: {} as InterviewEvent,
      output: {} as ReturnType<typeof toInterviewLog> & { outcome: Outcome },
    },
    actions: {
      enterTurn: assign(({ context }, params: { turnId: string }) => enterTurn(scenario, context, params.turnId)),
      recordChoice: assign(({ context, event }) =>
        event.type === 'learner.choose' ? chooseOption(scenario, context, event.optionId) : context,
      ),
      close: assign((_, params: { outcome: Outcome }) => ({ outcome: params.outcome })),
      // Supplied by the UI with .provide(): the machine only says when something happened.
      announce: (_, _params: InterviewMoment) => {},
    },
    guards: {
      isOffered: ({ context, event }, params: { optionId: string }) => {
        if (event.type !== 'learner.choose' || event.optionId !== params.optionId) return false;
        const option = index.options.get(params.optionId)?.option;
        return option !== undefined && conditionHolds(option.when, context);
      },
    },
  });

  const clientActs = ({ context }: { context: InterviewRecord }): InterviewMoment => ({
    kind: 'client-acts',
    acts: context.lastClientActs,
  });

  const stageStates: Record<string, StateNodeConfig<InterviewRecord, AnyEventObject, never, never, never, never, string, never, never, never>> = {};
  for (const stage of scenario.stages) {
    const turnStates: Record<string, object> = {};
    for (const turn of stage.turns) {
      turnStates[turn.id] = {
        id: turnStateId(turn.id),
        entry: [
          { type: 'enterTurn', params: { turnId: turn.id } },
          { type: 'announce', params: clientActs },
        ],
        on: {
          'learner.choose': turn.options.map((option) => ({
            guard: { type: 'isOffered', params: { optionId: option.id } },
            target: option.next === 'end' ? '#ended' : `#${turnStateId(option.next)}`,
            actions: ['recordChoice', { type: 'announce', params: clientActs }],
          })),
        },
      };
    }
    stageStates[stageStateKey(stage.number)] = {
      tags: [`stage-${stage.number}`],
      initial: stage.turns[0]!.id,
      states: turnStates,
    } as never;
  }

  return machineSetup.createMachine({
    id: `interview-${scenario.id}`,
    context: () => initialRecord(scenario),
    initial: 'interview',
    states: {
      interview: {
        initial: stageStateKey(1),
        entry: { type: 'announce', params: { kind: 'start' } },
        states: stageStates as never,
        on: {
          'learner.abandon': { target: 'ended', actions: { type: 'close', params: { outcome: 'abandoned' } } },
          'clock.expired': { target: 'ended', actions: { type: 'close', params: { outcome: 'timed-out' } } },
        },
      },
      ended: {
        id: 'ended',
        type: 'final',
        entry: [
          assign(({ context }) => (context.outcome === 'in-progress' ? { outcome: 'completed' as const } : {})),
          { type: 'announce', params: ({ context }) => ({ kind: 'end', outcome: context.outcome }) },
        ],
      },
    },
    output: ({ context }) => ({ ...toInterviewLog(context), outcome: context.outcome }),
  });
}

export type InterviewMachine = ReturnType<typeof createInterviewMachine>;
