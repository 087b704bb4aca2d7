import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Watches and stops the extension's service worker over CDP, from one of the extension's own
 * pages (same origin). Playwright does not report a stopped worker, so the running status comes
 * from ServiceWorker.workerVersionUpdated.
 */
export async function watchWorker(context: BrowserContext, extensionPage: Page) {
  const cdp = await context.newCDPSession(extensionPage);
  let status = 'unknown';
  // Every status seen: a stopped worker can be woken again within milliseconds (an alarm, a
  // message), faster than a poll would see 'stopped'.
  const seen: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const background = versions.filter((v) => v.scriptURL.endsWith('/background.js')).at(-1);
    if (background) {
      status = background.runningStatus;
      seen.push(status);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => status).toBe('running');
  return {
    status: () => status,
    /** Stops the worker as Chrome does when it is idle, and waits until it is down. */
    async stop() {
      const from = seen.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => seen.slice(from).includes('stopped')).toBe(true);
    },
  };
}
