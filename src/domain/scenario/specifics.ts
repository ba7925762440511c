// The exam's three specifics. Kept apart from the schema so the first screen loads no zod.
export const MARKETS = ['btob', 'btoc'] as const;
export const DOMAINS = ['tech-digital', 'industry', 'agriculture', 'crafts', 'services'] as const;
export const OFFERS = ['product', 'service'] as const;
export type Market = (typeof MARKETS)[number];
export type Domain = (typeof DOMAINS)[number];
export type Offer = (typeof OFFERS)[number];
