/**
 * Is this a browser storage quota failure (the disk or the profile's quota is full)? IndexedDB
 * reports it as a QuotaExceededError DOMException; Dexie passes it on by that name, or wraps it
 * (an aborted transaction) with the original as `inner`.
 */
export function isStorageFull(error: unknown): boolean {
  let e = error as { name?: unknown; inner?: unknown } | null | undefined;
  for (let depth = 0; e && depth < 4; depth++, e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}
