/**
 * Effort signals: taxonomy (stable wire names), per-type metadata, attribute schemas, the effort
 * index and pure detection helpers. No browser APIs, no storage.
 */
export {
  CHANNELS,
  OUTCOMES,
  SIGNAL_TYPES,
  isSignalType,
  type Channel,
  type Outcome,
  type SignalType,
} from './taxonomy';
export { SIGNAL_META, signalTypeForKey, type SignalMeta } from './metadata';
export {
  SIGNAL_ATTRIBUTE_SCHEMAS,
  effortSignalSchema,
  parseSignalAttributes,
  type EffortSignal,
  type SignalAttributes,
} from './schema';
export {
  DEFAULT_EFFORT_WEIGHTS,
  EFFORT_INDEX_MAX,
  HOLD_MAX_UNITS,
  HOLD_UNIT_SECONDS,
  effortIndex,
  effortWeightsSchema,
  validateEffortWeights,
  type EffortWeights,
  type WeightedSignal,
} from './effort-index';
export {
  detectRepeatContact,
  type PastContact,
  type RepeatContactResult,
} from './detect-repeat-contact';
export { detectChannelSwitch, type ChannelSwitch } from './detect-channel-switch';
export { detectRepeatedInfo, type FieldValue } from './detect-repeated-info';
export { normalizeFieldValue, normalizePhone, valueKind, type ValueKind } from './normalize-value';
