import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The build under test: Firefox MV3 (see README "Firefox"). */
export const FIREFOX_EXTENSION_PATH = resolve(
  process.env.EFFORTLESS_OUT_DIR ?? '.output',
  'firefox-mv3',
);
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The moz-extension:// host, pinned by a pref so pages can be opened by address. */
export const EXTENSION_UUID = '5e1f0c7a-3b2d-4c8e-9f61-0a7d2b4c6e11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
const GECKO_ID = 'effortless@effortless.app';

/** A real Firefox ESR with the built extension installed as a temporary add-on. */
export interface FirefoxSession {
  browser: Browser;
  /** Every `JavaScript error: moz-extension://…` line Firefox printed so far. */
  extensionErrors: string[];
  /** Opens an extension page (e.g. 'sidepanel.html?tab=3') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches headless Firefox over WebDriver BiDi. Every host name resolves to 127.0.0.1 (so the
 * demo CRM has non-loopback names); optional permissions are granted without the prompt a
 * headless browser cannot show (`extensions.webextOptionalPermissionPrompts`).
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  const profile = await mkdtemp(join(tmpdir(), 'effortless-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'network.dns.forceResolve': '127.0.0.1',
      'dom.security.https_first': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  const extensionErrors: string[] = [];
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.includes('JavaScript error: moz-extension://')) extensionErrors.push(line.trim());
    }
  });
  const id = await browser.installExtension(FIREFOX_EXTENSION_PATH);
  if (id !== GECKO_ID) throw new Error(`Installed ${id}, expected ${GECKO_ID}`);

  return {
    browser,
    extensionErrors,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // page.goto never resolves on moz-extension:// pages: BiDi's navigate does.
      await (
        page.mainFrame() as unknown as {
          browsingContext: { navigate(url: string, wait: string): Promise<unknown> };
        }
      ).browsingContext.navigate(`${EXTENSION_ORIGIN}/${path}`, 'complete');
      return page;
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/**
 * Clicks the extension's toolbar button in the window of `page` (its tab must be the selected
 * one), as Firefox's own `_execute_action` shortcut does: a privileged script in the browser
 * window (BiDi's `moz:scope: 'chrome'`, allowed by --remote-allow-system-access). The click
 * grants activeTab and fires action.onClicked.
 */
export async function clickToolbarButton(page: Page): Promise<void> {
  await page.bringToFront();
  const { session } = (
    page.mainFrame() as unknown as {
      browsingContext: { userContext: { browser: { session: BidiSession } } };
    }
  ).browsingContext.userContext.browser;
  const { result } = (await session.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
  } as never)) as unknown as { result: { contexts: { context: string }[] } };
  const window = result.contexts[0]!.context;
  const { result: outcome } = (await session.send('script.evaluate', {
    target: { context: window },
    awaitPromise: false,
    expression: `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      return 'clicked';
    })()`,
  } as never)) as unknown as { result: { type: string; result?: { value?: string } } };
  if (outcome.type !== 'success') throw new Error(`Toolbar button: ${JSON.stringify(outcome)}`);
}

interface BidiSession {
  send(method: string, params: unknown): Promise<unknown>;
}
