/**
 * Checklists: the model (zod), the versioned import/export format, trigger matching and ranking,
 * text localisation and the default pack. Pure: no browser APIs, no storage.
 */
export { LANGUAGES, localize, type Language, type LocalizedText } from './languages';
export { CHECKLIST_LIMITS, ID_PATTERN } from './limits';
export { formatJsonPath } from './json-path';
export type { PackError, PackProblem, ProblemCode } from './issues';
export {
  CHECKLIST_STATUSES,
  ITEM_KINDS,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  checklistItemSchema,
  checklistPackSchema,
  checklistSchema,
  localizedTextSchema,
  type Checklist,
  type ChecklistItem,
  type ChecklistPack,
  type ChecklistStatus,
  type ItemKind,
} from './schema';
export {
  CONDITION_TYPES,
  triggerSchema,
  type AlwaysCondition,
  type CategoryCondition,
  type FieldCondition,
  type LeafCondition,
  type RepeatContactCondition,
  type SignalCondition,
  type TextCondition,
  type TriggerCondition,
} from './trigger-schema';
export { parseChecklistPack, serializeChecklistPack, type ParsePackResult } from './parse-pack';
export { PAGE_TEXT_LIMIT, foldText, type MatchContext } from './context';
export {
  evaluateTrigger,
  isIncomplete,
  leafMatches,
  type ConditionResult,
  type Evaluation,
} from './evaluate';
export {
  DEFAULT_MATCH_LIMIT,
  explainMatch,
  matchChecklists,
  type ChecklistMatch,
  type MatchOptions,
} from './match';
export { missingTranslations } from './translations';
export { loadDefaultChecklistPack } from './default-pack';
