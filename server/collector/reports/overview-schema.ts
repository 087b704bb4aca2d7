import { z } from 'zod';

const figure = z.strictObject({ value: z.number().nullable(), n: z.int() });

/** One period of `GET /v1/reports/overview`: percentages 0–100 unrounded, `value` null when n = 0. */
export const overviewPeriodSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  /** Interactions whose `interaction_started` is in [from, to). */
  interactions: z.int(),
  /** Standing (not undone) effort signals of those interactions, by type; every type present. */
  signals: z.record(z.string(), z.int()),
  /** Mean effort index (0–100; 0 for an interaction without signals); n = interactions. */
  effortIndex: figure,
  /** % of last CES answers ≥ 5 on 1–7, their mean and n. */
  ces: figure.extend({ mean: z.number().nullable() }),
  /** % of last CSAT answers 4–5 on 1–5. */
  csat: figure,
  /** % promoters (9–10) − % detractors (0–6) of last NPS answers, −100..100. */
  nps: figure,
  /** % of interactions with a customer key whose customer had another within the 7 days before. */
  repeatContactRate: figure,
  /** % of interactions with a key, 7 days old or more, not followed by another within 7 days. */
  fcr: figure,
});

/** Reply to `GET /v1/reports/overview`: the period and the one of equal length before it. */
export const overviewResponseSchema = overviewPeriodSchema.extend({
  previous: overviewPeriodSchema,
});
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;
