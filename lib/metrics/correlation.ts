/**
 * Pearson correlation coefficient of two equally long series, or null when it is undefined or
 * meaningless: fewer than 3 pairs, or either series has zero variance.
 *
 * @throws RangeError when the series differ in length or hold a non-finite number.
 * @example pearson([1, 2, 3], [2, 4, 7]) // ≈ 0.99
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) {
    throw new RangeError(`pearson needs series of equal length; got ${xs.length} and ${ys.length}`);
  }
  if ([...xs, ...ys].some((v) => !Number.isFinite(v))) {
    throw new RangeError('pearson needs finite numbers');
  }
  const n = xs.length;
  if (n < 3) return null;
  const meanX = xs.reduce((s, v) => s + v, 0) / n;
  const meanY = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - meanX;
    const dy = (ys[i] as number) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // Clamp: floating point can land a hair outside [-1, 1] on perfectly linear data.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** An interaction's effort index and CES answer; either may be missing. */
export interface EffortCesRow {
  effortIndex?: number | null;
  ces?: number | null;
}

/**
 * Correlation between the effort index (0–100, higher = more effort) and the CES answer (1–7,
 * higher = easier) over the interactions where both exist. A working effort index should correlate
 * negatively. `n` counts the pairs used, so the UI can say "r = −0.42 (n = 57)".
 */
export function effortCesCorrelation(rows: readonly EffortCesRow[]): {
  r: number | null;
  n: number;
} {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const row of rows) {
    if (typeof row.effortIndex !== 'number' || typeof row.ces !== 'number') continue;
    if (!Number.isFinite(row.effortIndex) || !Number.isFinite(row.ces)) continue;
    xs.push(row.effortIndex);
    ys.push(row.ces);
  }
  return { r: pearson(xs, ys), n: xs.length };
}
