/**
 * Survey metrics: CES, CSAT and NPS computed from raw survey answers.
 *
 * Every metric is a percentage with full precision (no rounding here): rounding is a display
 * concern, see `formatPercent` / `roundPercent` in `./format`. Keeping the raw value lets the
 * dashboard aggregate or compare without compounding rounding errors.
 */

/** The result of a survey metric: `value` is null when there are no answers (n = 0). */
export interface MetricResult {
  value: number | null;
  n: number;
}

/** A survey scale: the name shown in errors and the inclusive integer bounds. */
export interface SurveyScale {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

/** The scales, one definition for every place a metric is asked, stored or displayed. */
export const SURVEY_SCALES = {
  ces: { name: 'CES', min: 1, max: 7 },
  csat: { name: 'CSAT', min: 1, max: 5 },
  nps: { name: 'NPS', min: 0, max: 10 },
} as const satisfies Record<string, SurveyScale>;

/**
 * Throws a RangeError unless every answer is an integer on the scale.
 * A bad answer is a bug upstream (a survey widget or an import), never something to skip silently:
 * skipping would change `n` and quietly bias the metric.
 */
export function assertAnswers(answers: readonly number[], scale: SurveyScale): void {
  if (!Array.isArray(answers)) {
    throw new TypeError(`${scale.name} answers must be an array of numbers`);
  }
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < scale.min || answer > scale.max) {
      throw new RangeError(
        `${scale.name} answer at index ${index} is ${String(answer)}: expected an integer on the ` +
          `${scale.name} scale ${scale.min}–${scale.max}`,
      );
    }
  });
}

function shareOf(answers: readonly number[], keep: (answer: number) => boolean): number {
  return (answers.filter(keep).length / answers.length) * 100;
}

/**
 * Customer Effort Score (Gartner CES 2.0, "The company made it easy for me to handle my issue",
 * 1–7 agreement): the percentage of answers ≥ 5.
 *
 * @throws RangeError when an answer is not an integer from 1 to 7.
 * @example ces([7, 5, 4, 1]) // { value: 50, n: 4 }
 */
export function ces(answers: readonly number[]): MetricResult {
  assertAnswers(answers, SURVEY_SCALES.ces);
  if (answers.length === 0) return { value: null, n: 0 };
  return { value: shareOf(answers, (a) => a >= 5), n: answers.length };
}

/**
 * Customer satisfaction (1–5): the percentage of answers 4 or 5.
 *
 * @throws RangeError when an answer is not an integer from 1 to 5.
 * @example csat([5, 4, 3]) // { value: 66.666…, n: 3 }
 */
export function csat(answers: readonly number[]): MetricResult {
  assertAnswers(answers, SURVEY_SCALES.csat);
  if (answers.length === 0) return { value: null, n: 0 };
  return { value: shareOf(answers, (a) => a >= 4), n: answers.length };
}

/**
 * Net Promoter Score (0–10): % promoters (9–10) minus % detractors (0–6), from −100 to 100.
 *
 * @throws RangeError when an answer is not an integer from 0 to 10.
 * @example nps([10, 9, 8, 3]) // { value: 25, n: 4 }
 */
export function nps(answers: readonly number[]): MetricResult {
  assertAnswers(answers, SURVEY_SCALES.nps);
  if (answers.length === 0) return { value: null, n: 0 };
  const promoters = shareOf(answers, (a) => a >= 9);
  const detractors = shareOf(answers, (a) => a <= 6);
  return { value: promoters - detractors, n: answers.length };
}
