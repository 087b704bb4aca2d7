import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { openPglite } from '../../server/collector/db/driver';
import { CollectorProcess } from '../e2e/pages/collector';
import { clickToolbarButton, type FirefoxSession } from './firefox';
import {
  byTestId,
  countOf,
  expect,
  OTHER_CRM_HOST,
  readStore,
  tabIdOf,
  test,
  textOf,
} from './fixtures';

/**
 * Issue 12: the Firefox build in a real Firefox ESR (headless, WebDriver BiDi). Each test fails
 * if the extension threw anything uncaught (the `firefox` fixture).
 */

/** Opens `url` in a new tab, then the sidebar page following that tab (as a tab itself). */
async function openCrmWithPanel(firefox: FirefoxSession, url: string) {
  const crm = await firefox.browser.newPage();
  await crm.goto(url);
  await shown(crm, 'record-header');
  const options = await firefox.openExtensionPage('options.html');
  const tabId = await tabIdOf(options, crm.url());
  expect(tabId).toBeDefined();
  await options.close();
  const panel = await firefox.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  return { crm, panel };
}

/** Waits until an element with that test id is in the page (polled, not by animation frames). */
async function shown(page: Page, id: string, timeout?: number) {
  await expect.poll(() => countOf(page, byTestId(id)), { timeout }).toBeGreaterThan(0);
}

/** Presses a key in the panel, as the agent does with the panel focused. */
async function press(panel: Page, key: string) {
  await panel.bringToFront();
  await panel.keyboard.press(key as never);
}

test('starts with no error and seeds the default checklists', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html');
  // onInstalled ran (it is registered after the toolbar button's listener, which threw in MV2).
  await expect.poll(async () => (await readStore(options, 'checklists')).length).toBeGreaterThan(0);
  const seeded = await readStore<{ id: string }>(options, 'checklists');
  expect(seeded.map((c) => c.id)).toContain('transferring-out');
});

test('capture, another customer by SPA link, a signal by key and its undo, the outbox synced', async ({
  firefox,
  demoCrm,
}) => {
  const collector = await CollectorProcess.start();
  try {
    // On loopback: Firefox's MV3 extension pages upgrade http:// to https:// on other hosts.
    const collectorUrl = collector.url;
    const token = await collector.token('team-ff');
    const options = await firefox.openExtensionPage('options.html');
    await options.locator(byTestId('collector-url')).fill(collectorUrl);
    // Typed key by key: fill() sets a long value directly, which React's onChange never sees.
    await options.type(byTestId('collector-token'), token);
    await options.locator(byTestId('collector-save')).click();
    await expect.poll(() => textOf(options, 'collector-message')).toBe('Saved');

    const { crm, panel } = await openCrmWithPanel(firefox, `${demoCrm.url}customers/c-1001`);
    await expect.poll(() => textOf(panel, 'field-accountNumber')).toBe('ACC-004211');
    // A record on screen is a view, not yet a call.
    await shown(panel, 'pending-call');

    // SPA navigation to another customer: the same document, and the view follows it.
    await crm.evaluate(() => ((window as unknown as { __e2e: number }).__e2e = 1));
    await crm.bringToFront();
    await crm.locator(byTestId('nav-customers')).click();
    await crm.locator(byTestId('customer-link-c-1002')).click();
    await expect.poll(() => textOf(panel, 'field-accountNumber')).toBe('ACC-007358');
    expect(await crm.evaluate(() => (window as unknown as { __e2e?: number }).__e2e)).toBe(1);

    // T makes the view a call and logs a transfer; Z undoes it.
    await press(panel, 't');
    await shown(panel, 'call-header');
    await expect.poll(() => textOf(panel, 'toast')).toBe('Transfer logged — Z undoes');
    await expect.poll(() => countOf(panel, '[data-signal="transfer"]')).toBe(1);
    await press(panel, 'z');
    await expect.poll(() => textOf(panel, 'toast')).toBe('Transfer undone');
    await expect.poll(() => countOf(panel, '[data-signal="transfer"]')).toBe(0);

    // Wrap up (W, R resolved, Enter): the call's events drain to the collector by themselves.
    await press(panel, 'w');
    await shown(panel, 'wrap-up');
    await press(panel, 'r');
    await press(panel, 'Enter');
    await shown(panel, 'start-interaction');
    await expect
      .poll(async () => (await readStore(panel, 'outbox')).length, { timeout: 60_000 })
      .toBe(0);
    const events = await readStore<{ id: string; type: string }>(panel, 'events');
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['interaction_started', 'interaction_ended']),
    );
    // Read once the collector is stopped (no restart, unlike CollectorProcess.inspect).
    await collector.stop();
    const db = await openPglite(join(collector.dataDir, 'pglite'));
    try {
      const stored = await db.query('SELECT id FROM events WHERE team_id = $1', ['team-ff']);
      expect(new Set(stored.map((r) => String(r.id)))).toEqual(new Set(events.map((e) => e.id)));
    } finally {
      await db.close();
    }
  } finally {
    await collector.dispose();
  }
});

test('Enable on this site grants a CRM origin that is not loopback, and capture starts', async ({
  firefox,
  demoCrm,
}) => {
  const origin = `http://${OTHER_CRM_HOST}:${demoCrm.port}`;
  const crm = await firefox.browser.newPage();
  await crm.goto(`${origin}/customers/c-1001`);
  await shown(crm, 'record-header');
  // Its address is hidden from the extension, so it is the newest tab whose URL is unreadable.
  const options = await firefox.openExtensionPage('options.html');
  const tabId = await options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: WxtBrowser }).browser;
    const hidden = (await api.tabs.query({})).filter((t) => t.url === undefined);
    return Math.max(...hidden.map((t) => t.id!));
  });
  await options.close();
  const panel = await firefox.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await shown(panel, 'status-no-access');

  // The toolbar button on the CRM tab (activeTab): the open panel now reads its address.
  await clickToolbarButton(crm);
  await shown(panel, 'status-not-enabled');
  expect(await textOf(panel, 'status-not-enabled')).toContain(
    `Effortless is not enabled on ${origin}.`,
  );
  await panel.bringToFront();
  await panel.locator(`${byTestId('status-not-enabled')} button`).click();
  await expect.poll(() => textOf(panel, 'field-accountNumber')).toBe('ACC-004211');
  expect(await countOf(panel, byTestId('status-not-enabled'))).toBe(0);
  const granted = await panel.evaluate(() =>
    (globalThis as unknown as { browser: WxtBrowser }).browser.permissions.getAll(),
  );
  expect(granted.origins).toContain(`${origin}/*`);
});
