import { chromium, type Page } from '@playwright/test';
import { devToolsUrl, expect, test, OTHER_CRM_HOST } from './fixtures';
import { SidePanel } from './pages/side-panel';
import { DEMO_CRM_PORT } from '../../playwright.config';

test.use({
  extraArgs: [
    // A second name for the demo CRM: an origin that is not loopback, so not enabled at first.
    `--host-resolver-rules=MAP ${OTHER_CRM_HOST} 127.0.0.1`,
    // Lets the test click the toolbar button over CDP (Extensions.triggerAction).
    '--enable-unsafe-extension-debugging',
  ],
});

/**
 * Grants site access the way Chrome's own extensions page does ("On specific sites"), through
 * its privileged API: the headless browser shows no permission prompt to click.
 */
async function grantSiteAccess(extensions: Page, extensionId: string, hosts: string[]) {
  await extensions.goto('chrome://extensions');
  await extensions.evaluate(
    async ([id, granted]) => {
      const api = (
        chrome as unknown as {
          developerPrivate: {
            updateExtensionConfiguration(update: object): Promise<void>;
            addHostPermission(id: string, host: string): Promise<void>;
          };
        }
      ).developerPrivate;
      await api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      for (const host of granted) await api.addHostPermission(id, host);
    },
    [extensionId, hosts] as const,
  );
}

test('a CRM not enabled yet: the panel says so and offers the button; once granted it captures', async ({
  context,
  serviceWorker,
  extensionId,
  userDataDir,
  openExtensionPage,
}, testInfo) => {
  const origin = `http://${OTHER_CRM_HOST}:${DEMO_CRM_PORT}`;
  const url = `${origin}/customers/c-1001`;
  const crmPage = await context.newPage();
  await crmPage.goto(url);
  await expect(crmPage.getByTestId('record-header')).toBeVisible();

  // The panel, open beside the tab, cannot read its address yet: it says what to do.
  // Its address is hidden from the extension, so it is the newest tab whose URL is unreadable.
  const tabId = await serviceWorker.evaluate(async () => {
    const hidden = (await chrome.tabs.query({})).filter((t) => t.url === undefined);
    return Math.max(...hidden.map((t) => t.id!));
  });
  const panel = new SidePanel(await openExtensionPage(`sidepanel.html?tab=${tabId}`));
  await expect(panel.page.getByTestId('status-no-access')).toContainText('toolbar button');

  // The agent clicks the toolbar button on the CRM tab: the open panel now sees its address.
  // (The real panel is not a tab: the CRM tab is the active one when its button is clicked.)
  await crmPage.bringToFront();
  const cdp = await chromium.connectOverCDP(await devToolsUrl(userDataDir));
  const session = await cdp.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  } as never);
  const crmTab = targetInfos.find((t) => t.url === url);
  await session.send(
    'Extensions.triggerAction' as never,
    {
      id: extensionId,
      targetId: crmTab!.targetId,
    } as never,
  );
  await cdp.close();

  const notEnabled = panel.page.getByTestId('status-not-enabled');
  await expect(notEnabled).toContainText(`Effortless is not enabled on ${origin}.`);
  await expect(panel.page.getByTestId('pending-call')).toHaveCount(0);
  await panel.page.screenshot({ path: testInfo.outputPath('not-enabled.png') });

  // The agent allows the site (Chrome's prompt; here its extensions page), then clicks Enable.
  await grantSiteAccess(await context.newPage(), extensionId, [
    `http://${OTHER_CRM_HOST}/*`,
    'http://127.0.0.1/*',
    'http://localhost/*',
  ]);
  await notEnabled.getByRole('button', { name: 'Enable on this site' }).click();
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');
  await expect(panel.page.getByTestId('pending-call')).toBeVisible();
  await expect(notEnabled).toHaveCount(0);
});
