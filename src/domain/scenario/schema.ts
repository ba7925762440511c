import { z } from 'zod';
import { clientActSchema, learnerActSchema } from '../interview-log/acts.ts';
import { DOMAINS, MARKETS, OFFERS } from './specifics.ts';
import { languageSchema, textSchema } from './text.ts';

export const SCENARIO_FORMAT = 'scenario/1';
export const DISABILITY_KINDS = ['hearing', 'sight', 'mobility', 'cognitive', 'language'] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens');
const texts = z.array(textSchema);

/** What must hold for an option to be offered or a reply to be given. All listed parts must hold. */
export const conditionSchema = z.strictObject({
  trustAtLeast: z.number().min(0).max(100).optional(),
  trustBelow: z.number().min(0).max(100).optional(),
  needs: z.array(slug).min(1).optional(),
  needsMissing: z.array(slug).min(1).optional(),
  probed: z.array(slug).min(1).optional(),
  chosen: z.array(slug).min(1).optional(),
  notChosen: z.array(slug).min(1).optional(),
});

const clientLineSchema = z.strictObject({
  say: textSchema,
  nonVerbal: textSchema.optional(),
  events: z.array(clientActSchema).default([]),
  trust: z.number().int().min(-30).max(30).default(0),
});

const replySchema = clientLineSchema.extend({ when: conditionSchema.optional() });

export const optionSchema = z
  .strictObject({
    id: slug,
    say: textSchema,
    acts: z.array(learnerActSchema).default([]),
    trust: z.number().int().min(-30).max(30).default(0),
    best: z.boolean().default(false),
    when: conditionSchema.optional(),
    feedback: textSchema,
    reply: replySchema.optional(),
    replies: z.array(replySchema).min(2).optional(),
    next: z.union([slug, z.literal('end')]),
  })
  .refine((o) => !(o.reply && o.replies), { message: 'give either "reply" or "replies", not both', path: ['replies'] });

export const turnSchema = z
  .strictObject({
    id: slug,
    client: clientLineSchema.optional(),
    /** What the client says on reaching the turn, when it depends on the interview so far. */
    clientVariants: z.array(replySchema).min(2).optional(),
    options: z.array(optionSchema).min(3).max(5),
  })
  .refine((t) => !(t.client && t.clientVariants), { message: 'give either "client" or "clientVariants", not both', path: ['clientVariants'] });

export const stageSchema = z.strictObject({
  number: z.number().int().min(1).max(6),
  minutes: z.number().positive(),
  indicators: texts.min(1),
  typicalPhrases: texts.min(1),
  clientQuestions: z.array(z.strictObject({ moment: textSchema, question: textSchema })).default([]),
  cues: z.strictObject({ verbal: texts.min(1), nonVerbal: texts.min(1) }),
  turns: z.array(turnSchema).min(1),
});

const labelled = z.strictObject({ label: textSchema, detail: textSchema });

export const briefSchema = z.strictObject({
  company: z.strictObject({ name: z.string().min(1), description: textSchema }),
  offer: z.strictObject({
    name: textSchema,
    description: textSchema,
    features: z.array(labelled).min(3),
    prices: z.array(labelled).min(1),
    options: z.array(labelled).default([]),
    terms: textSchema,
    competitors: z.array(z.strictObject({ name: z.string().min(1), positioning: textSchema })).min(1),
  }),
  client: z.strictObject({ summary: textSchema, facts: texts.min(1) }),
  objective: textSchema,
});

export const personaSchema = z.strictObject({
  name: z.string().min(1),
  age: z.number().int().min(16).max(100),
  gender: z.enum(['female', 'male', 'non-binary']),
  role: textSchema,
  organisation: textSchema,
  personality: textSchema,
  speakingStyle: textSchema,
  budget: textSchema,
  decisionProcess: textSchema,
  howToPlay: textSchema,
  disability: z
    .strictObject({ kind: z.enum(DISABILITY_KINDS), description: textSchema, goodPractice: textSchema })
    .optional(),
  initialTrust: z.number().int().min(0).max(100),
});

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  id: slug,
  market: z.enum(MARKETS),
  domain: z.enum(DOMAINS),
  offer: z.enum(OFFERS),
  languages: z.array(languageSchema).min(1),
  title: textSchema,
  summary: textSchema,
  brief: briefSchema,
  persona: personaSchema,
  needs: z.array(z.strictObject({ id: slug, label: textSchema, detail: textSchema })).min(1),
  objections: z.array(z.strictObject({ id: slug, label: textSchema.optional(), reason: textSchema, dispelledBy: textSchema })).min(1),
  buyingSignals: z
    .array(z.strictObject({ id: slug, channel: z.enum(['verbal', 'non-verbal']), description: textSchema }))
    .min(1),
  stages: z.array(stageSchema).length(6),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Turn = z.infer<typeof turnSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Reply = z.infer<typeof replySchema>;
/** A client line that is said only when its condition holds. */
export type ConditionalLine = Reply;
export type ClientLine = z.infer<typeof clientLineSchema>;
export type Condition = z.infer<typeof conditionSchema>;
