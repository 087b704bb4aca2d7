/**
 * Display helpers for percentages. Metric functions return full precision; round only here, at the
 * edge, so aggregates never inherit rounding error.
 */

/**
 * Rounds half away from zero, so NPS −12.5 shows as −13 like +12.5 shows as 13
 * (`Math.round` would give −12 and make negative scores look better than they are).
 *
 * @example roundPercent(33.3333, 1) // 33.3
 * @example roundPercent(-12.5) // -13
 */
export function roundPercent(value: number, decimals?: number): number;
export function roundPercent(value: number | null, decimals?: number): number | null;
export function roundPercent(value: number | null, decimals = 0): number | null {
  if (value === null) return null;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be an integer from 0 to 6; got ${decimals}`);
  }
  const factor = 10 ** decimals;
  // toPrecision strips binary noise such as 1.005 * 100 = 100.49999999999999 before rounding.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded; // avoid "-0"
}

/**
 * Formats a percentage for display in the UI language, e.g. "67 %" in French, "67%" in English.
 * Returns an em dash for a null value (no answers), never "0%", which would be a lie.
 *
 * @example formatPercent(66.666, { locale: 'fr', decimals: 1 }) // "66,7 %"
 */
export function formatPercent(
  value: number | null,
  { locale = 'en', decimals = 0 }: { locale?: string; decimals?: number } = {},
): string {
  const rounded = roundPercent(value, decimals);
  if (rounded === null) return '—';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(rounded / 100);
}
