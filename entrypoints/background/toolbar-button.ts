import { browser } from 'wxt/browser';

/**
 * The toolbar button's API: `action` in MV3 (Chrome, and Firefox as built here), `browserAction`
 * in an MV2 build, where `browser.action` is undefined and touching it threw at start-up, before
 * onInstalled was registered (issue 12).
 */
export const toolbarButton: typeof browser.action =
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
