/**
 * The Web Lock every outbox upload holds. Undoing a signal takes it too: an event deleted
 * locally while its batch is in flight would reach the collector with no `signal_undone`.
 */
export const SYNC_LOCK = 'effortless-sync';

/** Runs `task` while no upload is in flight (in any extension context). */
export function whileNotSyncing<T>(task: () => Promise<T>): Promise<T> {
  return navigator.locks.request(SYNC_LOCK, task) as Promise<T>;
}
