/**
 * Metrics: pure functions over survey answers and interaction rows. Percentages are 0–100 with full
 * precision; round for display with `roundPercent` / `formatPercent`.
 */
export { SURVEY_SCALES, ces, csat, nps, type MetricResult, type SurveyScale } from './survey';
export { cesSummary, type CesScore, type CesSummary } from './ces-summary';
export { formatPercent, roundPercent } from './format';
export { DAY_MS, DEFAULT_WINDOW_DAYS, isWithinWindow } from './window';
export {
  fcr,
  repeatContactRate,
  type InteractionRow,
  type RepeatWindowOptions,
} from './repeat-contact';
export { ttr, type IssueContactRow, type TtrResult } from './ttr';
export { effortCesCorrelation, pearson, type EffortCesRow } from './correlation';
