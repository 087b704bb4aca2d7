/**
 * One Web Lock for every change of which call is open (background and panel share it): a view
 * recognised as a call from two places at once must still make one call.
 */
export const CALL_LOCK = 'effortless-calls';

export function withCallLock<T>(task: () => Promise<T>): Promise<T> {
  return navigator.locks.request(CALL_LOCK, task) as Promise<T>;
}

/** Session-storage key of the customer a tab shows (a `TabView`), written by the background. */
export function tabViewKey(tabId: number): `session:tab-view:${number}` {
  return `session:tab-view:${tabId}`;
}
