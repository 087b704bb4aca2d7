import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS } from '../support/chromium';

/** Headless Chromium with the production build loaded, as in the e2e tests. */
export async function launchWithExtension(): Promise<{
  context: BrowserContext;
  extensionId: string;
}> {
  const ext = resolve(process.env.EFFORTLESS_OUT_DIR ?? '.output', 'chrome-mv3');
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'effortless-bench-')),
    {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_FLAGS],
    },
  );
  // tsx compiles the functions we pass to page.evaluate with esbuild's keepNames helper.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  return { context, extensionId: new URL(sw.url()).host };
}
