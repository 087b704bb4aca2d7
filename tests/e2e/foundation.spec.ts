import { CRM_URL, expect, test } from './fixtures';
import { DemoCrm } from './pages/demo-crm';
import { openCrmWithPanel } from './pages/crm-with-panel';
import { openRealSidePanel } from './pages/side-panel';
import { watchWorker } from './pages/service-worker';

test('the extension loads with a side panel and minimal permissions', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect((manifest as { side_panel?: { default_path: string } }).side_panel?.default_path).toBe(
    'sidepanel.html',
  );
  expect([...(manifest.permissions ?? [])].sort()).toEqual([
    'activeTab',
    'alarms',
    'contextMenus',
    'scripting',
    'sidePanel',
    'storage',
  ]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  // Host access beyond the loopback demo CRM is only ever granted per origin, at runtime.
  for (const pattern of manifest.host_permissions ?? []) {
    expect(pattern).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)\/\*$/);
  }
});

test('the real side panel follows the record, SPA navigation and tab switches', async ({
  context,
  extensionId,
  userDataDir,
}, testInfo) => {
  const first = context.pages()[0] ?? (await context.newPage());
  await first.goto(`chrome-extension://${extensionId}/options.html`);
  const { panel, cdp } = await openRealSidePanel(first, userDataDir);

  const crm = new DemoCrm(first);
  await crm.open('/customers/c-1001');
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');
  await expect(panel.field('customerName')).toHaveText('Hélène Dubois-Lefèvre');
  await expect(panel.field('phone')).toHaveText('+33 6 12 34 56 78');
  await panel.page.screenshot({ path: testInfo.outputPath('real-panel-record.png') });

  // SPA navigation: the list view first (no customer), then another record, without a reload.
  await crm.markDocument();
  await first.getByTestId('nav-customers').click();
  await expect(panel.page.getByTestId('status-list')).toBeVisible();
  await expect(panel.card).toHaveCount(0);
  await crm.clickCustomer('c-1002');
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  await expect(panel.field('customerName')).toHaveText('Matti Jääskeläinen');
  expect(await crm.documentMarked()).toBe(true);

  // A second CRM tab in the same window: the panel follows whichever tab is active.
  const [second] = await Promise.all([
    context.waitForEvent('page'),
    first.evaluate((url) => window.open(url), `${CRM_URL}/customers/c-1004`),
  ]);
  await second.waitForLoadState();
  await expect(panel.field('accountNumber')).toHaveText('ACC-010587');
  await first.bringToFront();
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  await second.bringToFront();
  await expect(panel.field('accountNumber')).toHaveText('ACC-010587');
  await panel.page.screenshot({ path: testInfo.outputPath('real-panel-after-tab-switch.png') });
  await first.screenshot({ path: testInfo.outputPath('demo-crm-record.png') });
  await cdp.close();
});

test('the panel is still right after the service worker is stopped', async ({
  context,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  const setup = { context, serviceWorker, openExtensionPage };
  const { crm, panel } = await openCrmWithPanel(setup, '/customers/c-1001');
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');

  const worker = await watchWorker(context, panel.page);
  await worker.stop();

  // Nothing lived in the stopped worker's memory: a freshly loaded panel (which Chrome may wake a
  // new, empty worker for) still shows the tab's context, read from session storage.
  await panel.page.reload();
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');
  await expect(panel.field('customerName')).toHaveText('Hélène Dubois-Lefèvre');

  // The next page change wakes a new worker, which updates the same storage.
  await crm.openCustomerFromList('c-1002');
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  await expect.poll(() => worker.status()).toBe('running');
  await panel.page.screenshot({ path: testInfo.outputPath('panel-after-worker-restart.png') });
});
