import { CRM_URL, expect, test } from './fixtures';
import { openCrmWithPanel } from './pages/crm-with-panel';
import { readTables } from './pages/idb';
import { setLanguage } from './pages/settings';

const count = (events: { type: string }[], type: string) =>
  events.filter((e) => e.type === type).length;

test('viewing a record is not a call: browsing one customer in four views logs nothing', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const setup = { context, serviceWorker, openExtensionPage };
  // From the list to the record, the same customer in the workspace and classic views, a reload.
  const { crm, panel } = await openCrmWithPanel(setup, '/customers');
  await crm.openCustomerFromList('c-1002');
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  for (const path of ['/workspace/customers/c-1002', '/classic/customers/c-1002']) {
    await crm.open(path);
    await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  }
  await crm.page.reload();
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  await expect(panel.page.getByTestId('pending-call')).toBeVisible();
  await expect(panel.page.getByTestId('repeat-banner')).toHaveCount(0);
  let tables = await readTables(panel.page);
  expect(tables.interactions).toHaveLength(0);
  expect(tables.events).toHaveLength(0);

  // The agent acts: one call, its customer's first contact, wrapped up once.
  await panel.page.keyboard.press('c');
  await expect(panel.page.getByTestId('call-header')).toBeVisible();
  for (const key of ['w', 'r', 'Enter']) await panel.page.keyboard.press(key);
  await expect(panel.page.getByTestId('pending-call')).toContainText('just wrapped up');
  // Seen again right after: still one call, and nothing starts by itself.
  await crm.page.reload();
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  await expect(panel.page.getByTestId('pending-call')).toContainText('just wrapped up');
  tables = await readTables(panel.page);
  expect(tables.interactions).toHaveLength(1);
  expect(count(tables.events, 'interaction_started')).toBe(1);
  expect(count(tables.events, 'interaction_ended')).toBe(1);
  expect(count(tables.events, 'repeat_contact')).toBe(0);
});

test('the card, the keys and the call stay one customer when the CRM shows another', async ({
  context,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  const setup = { context, serviceWorker, openExtensionPage };
  const { crm, panel } = await openCrmWithPanel(setup, '/customers/c-1001');
  await expect(panel.page.getByTestId('pending-call')).toBeVisible();
  await panel.page.keyboard.press('t');
  await expect(panel.page.getByTestId('call-header')).toBeVisible();
  await crm.openCustomerFromList('c-1002');
  const notice = panel.page.getByTestId('other-customer');
  await expect(notice).toContainText('Matti Jääskeläinen');
  await expect(notice).toContainText('Hélène Dubois-Lefèvre');
  // The card is the call's customer, and so is the escalation E logs.
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');
  await panel.page.keyboard.press('e');
  await expect(panel.page.getByTestId('toast')).toHaveText('Escalation logged — Z undoes');
  await panel.page.screenshot({ path: testInfo.outputPath('other-customer.png') });
  const { events, interactions } = await readTables(panel.page);
  expect(interactions).toHaveLength(1);
  const escalation = events.find((e) => e.type === 'escalation');
  expect(escalation?.interactionId).toBe(interactions[0]!.id);
  expect(escalation?.customerKey).toBe(interactions[0]!.customerKey);

  // Wrapped up, the panel moves to the customer on screen.
  for (const key of ['w', 'r', 'Enter']) await panel.page.keyboard.press(key);
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  await expect(panel.page.getByTestId('pending-call')).toBeVisible();
});

test('the reason comes from the case on screen, translated; T nudges the transferring agent', async ({
  context,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  await setLanguage(serviceWorker, 'fi');
  const setup = { context, serviceWorker, openExtensionPage };
  // The customer's page lists the address-change case among others: it is not this call's reason.
  const { crm, panel } = await openCrmWithPanel(setup, '/customers/c-1001?lang=fi');
  await expect(panel.page.getByTestId('pending-call')).toContainText('Ei vielä puhelu');
  await panel.page.keyboard.press('n');
  await expect(panel.page.getByTestId('category')).toHaveValue('');
  await expect(panel.page.getByTestId('nudge-close')).toBeVisible();
  await expect(panel.page.getByTestId('nudge-address-change')).toHaveCount(0);
  for (const key of ['w', 'r', 'Enter']) await panel.page.keyboard.press(key);

  // The case page says "Luokka: Osoitteenmuutos" while its subject speaks of a billing address.
  await crm.open('/cases/CS-10482?lang=fi');
  await expect(panel.page.getByTestId('pending-call')).toBeVisible();
  await panel.page.keyboard.press('n');
  const reason = panel.page.getByTestId('category');
  await expect(reason).toHaveValue('Address change');
  await expect(reason.locator('option:checked')).toHaveText('Osoitteenmuutos');
  await expect(panel.page.getByTestId('nudge-address-change')).toBeVisible();
  await expect(panel.page.getByTestId('why-address-change')).toContainText('Osoitteenmuutos');
  await expect(panel.page.getByTestId('nudge-billing-dispute')).toHaveCount(0);
  // An outgoing transfer never nudges the checklist written for the agent receiving a transfer.
  await panel.page.keyboard.press('t');
  await expect(panel.page.getByTestId('logged-signals')).toContainText('Siirto');
  await expect(panel.page.getByTestId('nudge-transferred-call')).toHaveCount(0);
  await panel.page.screenshot({ path: testInfo.outputPath('case-fi.png'), fullPage: true });
  // At most 8 items across the checklists shown.
  expect(await panel.page.locator('.nudge-item').count()).toBeLessThanOrEqual(8);
  for (const key of ['w', 'r', 'Enter']) await panel.page.keyboard.press(key);

  // The day's list: names, reasons and times in the agent's language.
  const rows = panel.page.getByTestId('today-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Hélène Dubois-Lefèvre');
  await expect(rows.first()).toContainText('Osoitteenmuutos');
  await expect(rows.first()).toContainText('Ratkaistu');
  await expect(rows.first()).not.toContainText(/AM|PM/);
  expect(CRM_URL).toContain('127.0.0.1');
});

test('keys work whatever had focus, show that they did, and stay in view', async ({
  context,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  const setup = { context, serviceWorker, openExtensionPage };
  const { panel } = await openCrmWithPanel(setup, '/cases/CS-10482');
  const page = panel.page;
  await page.setViewportSize({ width: 420, height: 800 });
  await expect(page.getByTestId('pending-call')).toBeVisible();
  await page.keyboard.press('n');
  const reason = page.getByTestId('category');
  await expect(reason).toHaveValue('Address change');

  // The reason picked with the mouse: focus goes back to the panel, T logs a transfer.
  await reason.selectOption('Billing');
  await page.keyboard.press('t');
  const logged = page.getByTestId('logged-signals');
  await expect(logged.locator('[data-signal="transfer"]')).toBeVisible();
  await expect(reason).toHaveValue('Billing');
  // Even with the dropdown focused, letters are commands and never change the reason.
  await reason.focus();
  await page.keyboard.press('h');
  await expect(page.getByTestId('toast')).toHaveText('Hold started — H again ends it');
  await reason.focus();
  await page.keyboard.press('h');
  await expect(logged.locator('[data-signal="hold"]')).toBeVisible();
  await expect(reason).toHaveValue('Billing');

  // The signal bar and Wrap up stay in view on an 800 px panel, however long the page.
  await page.mouse.wheel(0, -2000);
  await expect(page.getByTestId('wrap-up-button')).toBeInViewport();
  await expect(page.getByTestId('signal-transfer')).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('pinned-dock.png') });

  // ? lists every key, and the browser-wide ones as Chrome has them bound now, with where to
  // change them (Chromium on Linux keeps Alt+Shift+T, R and Z for itself: "not set").
  await page.keyboard.press('?');
  const keys = page.getByTestId('shortcuts');
  await expect(keys).toContainText('Undo your last signal');
  const bound = await serviceWorker.evaluate(async () =>
    (await chrome.commands.getAll()).map((c) => c.shortcut).filter(Boolean),
  );
  expect(bound).toContain('Alt+Shift+H');
  for (const shortcut of bound)
    await expect(page.getByTestId('global-shortcuts')).toContainText(shortcut!);
  await expect(page.getByTestId('remap-shortcuts')).toContainText('chrome://extensions/shortcuts');
  await page.screenshot({ path: testInfo.outputPath('keys.png') });
  await page.keyboard.press('Escape');
  await expect(keys).toHaveCount(0);
  await reason.focus();
  await page.keyboard.press('w');
  await expect(page.getByTestId('wrap-up')).toBeVisible();

  const settings = await openExtensionPage('options.html');
  await expect(settings.getByTestId('settings-shortcuts')).toContainText('Alt+Shift+H');
});

test('an open call left on a closed tab is resumed from the day’s list', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const setup = { context, serviceWorker, openExtensionPage };
  const first = await openCrmWithPanel(setup, '/customers/c-1001');
  await expect(first.panel.page.getByTestId('pending-call')).toBeVisible();
  await first.panel.page.keyboard.press('b');
  await expect(first.panel.page.getByTestId('call-header')).toBeVisible();
  await first.crmPage.close();
  await first.panel.page.close();

  const { panel } = await openCrmWithPanel(setup, '/customers/c-1002');
  const row = panel.page.getByTestId('today-row');
  await expect(row).toContainText('Hélène Dubois-Lefèvre');
  await row.getByTestId('resume-call').click();
  await expect(panel.page.getByTestId('call-header')).toBeVisible();
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');
  await expect(panel.page.getByTestId('other-customer')).toContainText('Matti Jääskeläinen');
});
