import { normalizeValue } from './formats';
import { clean } from './text';
import type { CapturedField, FieldKey } from './types';

/**
 * The field for text the agent selected and chose "Capture selection as…" for. The agent's choice
 * wins over format checks; a value that does not fit the key's format just scores lower.
 * @example fieldsForSelection(' +358 40 123 4567 ', 'phone') // { value: '+358 40 123 4567', … }
 */
export function fieldsForSelection(text: string, key: FieldKey): CapturedField {
  const value = normalizeValue(key, text);
  return { key, value: value ?? clean(text), confidence: value ? 1 : 0.6, source: 'selection' };
}
