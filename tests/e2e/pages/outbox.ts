import type { Page } from '@playwright/test';

/**
 * Drives the extension's outbox and sync from one of its pages (issue 6 e2e): raw IndexedDB and
 * chrome.* calls, so the page under test needs no test hooks.
 */

/**
 * Writes `n` events and their outbox rows in one transaction, as `recordEvents` does; returns
 * their ids. Waits until the extension has created its database (never creates it itself).
 */
export function queueEvents(page: Page, n: number): Promise<string[]> {
  return page.evaluate(async (count) => {
    const open = () =>
      new Promise<IDBDatabase | null>((resolve, reject) => {
        const request = indexedDB.open('effortless');
        // Not created yet: abort rather than create an empty database under Dexie's feet.
        request.onupgradeneeded = () => request.transaction!.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () =>
          request.error?.name === 'AbortError' ? resolve(null) : reject(request.error);
      });
    let db = await open();
    while (!db || !db.objectStoreNames.contains('deadLetters')) {
      db?.close();
      await new Promise((r) => setTimeout(r, 100));
      db = await open();
    }
    const now = Date.now();
    const events = Array.from({ length: count }, () => ({
      id: crypto.randomUUID(),
      type: 'transfer',
      at: now,
      interactionId: crypto.randomUUID(),
      attributes: { source: 'agent' },
    }));
    const tx = db.transaction(['events', 'outbox'], 'readwrite');
    for (const e of events) {
      tx.objectStore('events').add(e);
      tx.objectStore('outbox').add({ eventId: e.id, createdAt: now, attempts: 0 });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return events.map((e) => e.id);
  }, n);
}

/** How many events wait in the outbox. */
export function outboxCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('effortless');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('outbox').objectStore('outbox').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  });
}

/** Writes the collector settings from a page (the worker may be stopped meanwhile). */
export function configureCollector(page: Page, url: string, token: string): Promise<void> {
  return page.evaluate(
    async ({ url, token }) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...(settings as object), collectorUrl: url, collectorToken: token },
      });
    },
    { url, token },
  );
}

/** Sends `requestSync` without waiting for the answer; it wakes a stopped worker. */
export function nudgeSync(page: Page): Promise<void> {
  return page.evaluate(() => {
    void chrome.runtime.sendMessage({ type: 'requestSync', data: { force: true } }).catch(() => {});
  });
}

/**
 * Holds a read-write transaction on the outbox from the page (a chain of requests keeps it
 * open), so the worker's delete of the uploaded rows waits behind it. `release` ends it.
 */
export async function blockOutbox(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('effortless');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const w = window as unknown as { __unblock?: boolean };
    w.__unblock = false;
    const store = db.transaction('outbox', 'readwrite').objectStore('outbox');
    const spin = () => {
      if (w.__unblock) return db.close();
      store.count().onsuccess = spin;
    };
    spin();
  });
  return {
    release: () =>
      page.evaluate(() => void ((window as unknown as { __unblock: boolean }).__unblock = true)),
  };
}
