/**
 * Event types besides the effort signals (whose wire names live in lib/signals). Stable wire
 * names: they are synced to the collector.
 */
export const EVENT_TYPES = {
  interactionStarted: 'interaction_started',
  interactionEnded: 'interaction_ended',
  surveyAnswer: 'survey_answer',
  signalUndone: 'signal_undone',
} as const;

export const SURVEYS = ['ces', 'csat', 'nps'] as const;
export type Survey = (typeof SURVEYS)[number];
