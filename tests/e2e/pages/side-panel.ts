import { chromium, type Browser, type Page } from '@playwright/test';
import { devToolsUrl } from '../fixtures';

/** Locators of the agent's side panel, whether opened as the real panel or as a tab. */
export class SidePanel {
  constructor(readonly page: Page) {}

  field(key: string) {
    return this.page.getByTestId(`field-${key}`);
  }
  copyButton(key: string) {
    return this.page.getByTestId(`copy-${key}`);
  }
  get card() {
    return this.page.getByTestId('customer-card');
  }
  get main() {
    return this.page.getByTestId('panel-main');
  }
  get targetTab() {
    return this.page.getByTestId('target-tab');
  }
}

/**
 * Opens the REAL side panel: the options page's button calls sidePanel.open from a click (a user
 * gesture), then the panel is found over CDP, since it is not one of the context's pages.
 */
export async function openRealSidePanel(
  optionsPage: Page,
  userDataDir: string,
): Promise<{ panel: SidePanel; cdp: Browser }> {
  await optionsPage.getByTestId('open-panel').click();
  const cdp = await chromium.connectOverCDP(await devToolsUrl(userDataDir));
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const context of cdp.contexts()) {
      for (const page of context.pages()) {
        if (!page.url().includes('/sidepanel.html')) continue;
        const width = await page.evaluate(() => window.innerWidth);
        if (width < 700) return { panel: new SidePanel(page), cdp };
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The side panel did not open');
}
