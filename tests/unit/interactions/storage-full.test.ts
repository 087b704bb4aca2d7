import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull } from '@/lib/interactions/storage-full';

/** A full disk must read as such in the panel, whichever way IndexedDB and Dexie report it. */
describe('isStorageFull', () => {
  const quota = new DOMException('Encountered full disk', 'QuotaExceededError');

  it.each([
    ['the DOMException itself', quota],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full', quota)],
    ['an aborted transaction wrapping it', new Dexie.AbortError('aborted', quota)],
  ])('recognises %s', (_, error) => {
    expect(isStorageFull(error)).toBe(true);
  });

  it.each([
    ['a constraint error', new Dexie.ConstraintError('duplicate key')],
    ['an abort for another reason', new Dexie.AbortError('aborted', new Error('other'))],
    ['a plain error', new Error('QuotaExceededError')],
    ['nothing', undefined],
  ])('does not take %s for a full disk', (_, error) => {
    expect(isStorageFull(error)).toBe(false);
  });
});
