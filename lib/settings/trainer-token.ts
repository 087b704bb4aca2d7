import { storage } from 'wxt/utils/storage';

/**
 * A trainer's own collector token, for publishing checklists only (issue 11, point 9). Kept apart
 * from the agent's settings (`collectorToken`: event sync and the checklist pull), so one browser
 * holds both and publishing never takes the agent token's place. Empty: none set.
 */
export const trainerTokenItem = storage.defineItem<string>('local:trainerToken', {
  fallback: '',
  version: 1,
});

/** Longer than any token the collector signs; the field refuses more. */
export const TRAINER_TOKEN_MAX = 500;
