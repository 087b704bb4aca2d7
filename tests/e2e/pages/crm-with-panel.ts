import type { BrowserContext, Page, Worker } from '@playwright/test';
import { DemoCrm } from './demo-crm';
import { SidePanel } from './side-panel';

/** The fixtures an agent's set-up needs: the browser, the extension's worker, its pages. */
interface Setup {
  context: BrowserContext;
  serviceWorker: Worker;
  openExtensionPage: (path: string) => Promise<Page>;
}

/**
 * Opens `path` of the demo CRM in a new tab, then the side panel following that tab (as a tab
 * itself: `sidepanel.html?tab=<id>`), as the agent has them side by side.
 */
export async function openCrmWithPanel(setup: Setup, path: string) {
  const crmPage = await setup.context.newPage();
  const crm = new DemoCrm(crmPage);
  await crm.open(path);
  const url = crmPage.url();
  const tabId = await setup.serviceWorker.evaluate(
    async (href) =>
      (await chrome.tabs.query({ url: 'http://127.0.0.1/*' })).find((t) => t.url === href)?.id,
    url,
  );
  const panel = new SidePanel(await setup.openExtensionPage(`sidepanel.html?tab=${tabId}`));
  return { crmPage, crm, tabId, panel };
}
