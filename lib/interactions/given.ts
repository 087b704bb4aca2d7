import { normalizeFieldValue } from '@/lib/signals';

/** Compares values the way a customer would repeat them: `key:normalised value`. */
export function givenKey(key: string, value: string): string {
  return `${key}:${normalizeFieldValue(value)}`;
}
