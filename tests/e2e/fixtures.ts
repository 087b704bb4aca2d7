import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_CRM_PORT } from '../../playwright.config';
import { CHROMIUM_FLAGS } from '../support/chromium';

export const EXTENSION_PATH = resolve(process.env.EFFORTLESS_OUT_DIR ?? '.output', 'chrome-mv3');
export const CRM_URL = `http://127.0.0.1:${DEMO_CRM_PORT}`;

/** A second host name for the demo CRM: an origin that is not loopback, so not enabled at first. */
export const OTHER_CRM_HOST = 'crm.effortless.test';

interface Fixtures {
  /** Extra Chromium flags for one test (`test.use({ extraArgs: [...] })`). */
  extraArgs: string[];
  userDataDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. 'sidepanel.html?tab=3') in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  extraArgs: [[], { option: true }],
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'effortless-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir, extraArgs }, use) => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--remote-debugging-port=0',
        ...CHROMIUM_FLAGS,
        ...extraArgs,
      ],
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** The DevTools endpoint of a context launched with --remote-debugging-port=0. */
export async function devToolsUrl(userDataDir: string): Promise<string> {
  const [port] = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  return `http://127.0.0.1:${port}`;
}
