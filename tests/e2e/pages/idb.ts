import type { Page } from '@playwright/test';

export interface StoredEvent {
  id: string;
  type: string;
  interactionId: string;
  customerKey?: string;
  attributes?: Record<string, unknown>;
}

/** Reads the extension's IndexedDB from one of its pages, with the raw IndexedDB API. */
export async function readTables(page: Page): Promise<{
  events: StoredEvent[];
  outbox: { eventId: string }[];
  interactions: Record<string, unknown>[];
}> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('effortless');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const result = {
      events: await all<StoredEvent>('events'),
      outbox: await all<{ eventId: string }>('outbox'),
      interactions: await all<Record<string, unknown>>('interactions'),
    };
    db.close();
    return result;
  });
}
