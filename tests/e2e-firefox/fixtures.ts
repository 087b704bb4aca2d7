import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { startDemoCrm, type DemoCrm } from '../../server/demo-crm/server.mjs';
import { launchFirefox, type FirefoxSession } from './firefox';

export { expect };

/** A second name for the demo CRM: not loopback, so not enabled until the agent enables it. */
export const OTHER_CRM_HOST = 'crm.effortless.test';

interface Fixtures {
  /** Firefox with the extension; the test fails if the extension threw anything uncaught. */
  firefox: FirefoxSession;
}

export const test = base.extend<Fixtures, { demoCrm: DemoCrm }>({
  demoCrm: [
    async ({}, use) => {
      const crm = await startDemoCrm({ port: 0 });
      await use(crm);
      await crm.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({}, use) => {
    const firefox = await launchFirefox();
    try {
      await use(firefox);
      // Uncaught errors of the background and extension pages reach only Firefox's stderr.
      expect(firefox.extensionErrors).toEqual([]);
    } finally {
      await firefox.close();
    }
  },
});

/** A `data-testid` selector. */
export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** The trimmed text of the first element with that test id, or null when there is none. */
export function textOf(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (selector) => document.querySelector(selector)?.textContent?.trim() ?? null,
    byTestId(id),
  );
}

/** How many elements match a CSS selector. */
export function countOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => document.querySelectorAll(s).length, selector);
}

/** Every row of an object store of the extension's IndexedDB, read from one of its pages. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('effortless');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

/** The Firefox tab id of the tab showing `url`, asked of the extension from one of its pages. */
export function tabIdOf(extensionPage: Page, url: string): Promise<number | undefined> {
  return extensionPage.evaluate(async (href) => {
    const api = (globalThis as unknown as { browser: WxtBrowser }).browser;
    return (await api.tabs.query({})).find((t) => t.url === href)?.id;
  }, url);
}
