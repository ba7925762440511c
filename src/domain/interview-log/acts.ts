import { z } from 'zod';

// The acts of REFERENTIAL.md ("The interview log"), each with its extra fields.
// Scenario files reuse these schemas, so a scenario can only script acts the log accepts.

const needId = z.string().min(1);
const objectionId = z.string().min(1);
const channel = z.enum(['verbal', 'non-verbal']);

export const NEXT_STEP_KINDS = ['appointment', 'demo', 'trial', 'order', 'quote', 'other'] as const;
export const CUE_KINDS = ['comfort', 'discomfort', 'confusion', 'doubt', 'disinterest'] as const;

export const learnerActSchema = z.discriminatedUnion('act', [
  z.object({ act: z.literal('statement') }),
  z.object({ act: z.literal('open-question'), relevant: z.boolean() }),
  z.object({ act: z.literal('closed-question') }),
  z.object({ act: z.literal('active-listening') }),
  z.object({ act: z.literal('interruption') }),
  z.object({ act: z.literal('reformulation'), need: needId, accurate: z.boolean() }),
  z.object({ act: z.literal('argument'), need: needId.nullable() }),
  z.object({ act: z.literal('example'), need: needId.nullable() }),
  z.object({ act: z.literal('benefit-translation') }),
  z.object({ act: z.literal('jargon') }),
  z.object({ act: z.literal('adjustment') }),
  z.object({ act: z.literal('objection-reformulation'), objection: objectionId }),
  z.object({ act: z.literal('objection-probe'), objection: objectionId }),
  z.object({ act: z.literal('objection-answer'), objection: objectionId }),
  z.object({ act: z.literal('concession'), justified: z.boolean() }),
  z.object({ act: z.literal('signal-acknowledged'), signal: z.string().min(1) }),
  z.object({ act: z.literal('closing-question') }),
  z.object({ act: z.literal('next-step'), kind: z.enum(NEXT_STEP_KINDS) }),
  z.object({ act: z.literal('agreement-summary'), points: z.number().int().min(0) }),
  z.object({ act: z.literal('followup-action') }),
  z.object({ act: z.literal('personal-detail'), need: needId }),
  z.object({ act: z.literal('feedback-question'), open: z.boolean() }),
  z.object({ act: z.literal('relationship-action') }),
]);

export const clientActSchema = z.discriminatedUnion('act', [
  z.object({ act: z.literal('statement') }),
  z.object({ act: z.literal('reveals-need'), need: needId }),
  z.object({ act: z.literal('cue'), kind: z.enum(CUE_KINDS), channel }),
  z.object({ act: z.literal('objection'), id: objectionId }),
  z.object({ act: z.literal('objection-resolved'), objection: objectionId }),
  z.object({ act: z.literal('objection-persists'), objection: objectionId }),
  z.object({ act: z.literal('buying-signal'), id: z.string().min(1), channel }),
]);

export type LearnerAct = z.infer<typeof learnerActSchema>;
export type ClientAct = z.infer<typeof clientActSchema>;
export type LearnerActName = LearnerAct['act'];
export type ClientActName = ClientAct['act'];

export const LEARNER_ACT_NAMES = learnerActSchema.options.map((o) => o.shape.act.value) as LearnerActName[];
export const CLIENT_ACT_NAMES = clientActSchema.options.map((o) => o.shape.act.value) as ClientActName[];

/** Whether an act is heard (it takes speaking time) rather than only seen. */
export function isSpoken(act: ClientAct): boolean {
  return !('channel' in act) || act.channel === 'verbal';
}
