import { SURVEY_SCALES, assertAnswers, ces, type MetricResult } from './survey';

/** A CES answer: 1 (strongly disagree that it was easy) to 7 (strongly agree). */
export type CesScore = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** CES with the mean and the distribution, which the product shows beside the headline value. */
export interface CesSummary extends MetricResult {
  /** Mean answer on the 1–7 scale, unrounded; null when n = 0. */
  mean: number | null;
  /** How many answers gave each score; every score from 1 to 7 is present (0 when unused). */
  distribution: Record<CesScore, number>;
}

/**
 * CES (% of answers ≥ 5 on 1–7) plus mean and distribution. The headline percentage alone hides
 * whether the rest are 4s (neutral) or 1s (very hard), so the dashboard shows all three.
 *
 * @throws RangeError when an answer is not an integer from 1 to 7.
 * @example cesSummary([7, 5, 1]) // { value: 66.67…, n: 3, mean: 4.33…, distribution: {1: 1, …, 5: 1, 7: 1} }
 */
export function cesSummary(answers: readonly number[]): CesSummary {
  assertAnswers(answers, SURVEY_SCALES.ces);
  const distribution: Record<CesScore, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 };
  let sum = 0;
  for (const answer of answers) {
    distribution[answer as CesScore] += 1;
    sum += answer;
  }
  const { value, n } = ces(answers);
  return { value, n, mean: n === 0 ? null : sum / n, distribution };
}
