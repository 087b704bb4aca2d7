import { expect, test } from './fixtures';
import { openCrmWithPanel } from './pages/crm-with-panel';

test('copy, correct and learn, and a repeated value typed into the CRM', async ({
  context,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  const setup = { context, serviceWorker, openExtensionPage };
  const { crmPage, crm, panel } = await openCrmWithPanel(setup, '/customers/c-1001');
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');
  await expect(panel.page.getByTestId('mark-accountNumber')).toHaveText('CRM');

  // One click copies; so does the field's number key.
  await panel.copyButton('email').click();
  await expect(panel.copyButton('email')).toContainText('Copied');
  expect(await panel.page.evaluate(() => navigator.clipboard.readText())).toBe(
    'hélène.dubois@exemple.fr',
  );
  await panel.page.keyboard.press('1');
  await expect
    .poll(() => panel.page.evaluate(() => navigator.clipboard.readText()))
    .toBe('ACC-004211');

  // The agent adds the case id the CRM shows but capture did not take: it is remembered for
  // this layout, so the next customer's record yields their own case id without help.
  await expect(panel.field('caseId')).toHaveCount(0);
  await panel.page.getByTestId('add-value').click();
  await panel.page.getByTestId('field-editor-key').selectOption('caseId');
  await panel.page.getByTestId('field-editor-value').fill('CS-10482');
  await panel.page.getByTestId('field-editor-value').press('Enter');
  await expect(panel.field('caseId')).toHaveText('CS-10482');
  await expect(panel.page.getByTestId('mark-caseId')).toHaveText('you');
  await expect(panel.page.getByText('Remembered for this page layout')).toBeVisible();
  await panel.page.screenshot({ path: testInfo.outputPath('panel-corrected.png') });

  // The customer is asked for their phone again and the agent types it into the CRM.
  await crmPage.locator('#phone-verified').fill('06 12 34 56 78');
  await crmPage.locator('#phone-verified').press('Tab');
  const repeated = panel.page
    .getByTestId('logged-signals')
    .locator('[data-signal="repeated_info"]');
  await expect(repeated).toBeVisible();
  await expect(repeated).toContainText('Phone');

  // Typing the customer's phone made the view a call: another record keeps the card and the
  // keys on this call (issue 11) until it is wrapped up.
  await crm.openCustomerFromList('c-1002');
  await expect(panel.page.getByTestId('other-customer')).toContainText('Matti Jääskeläinen');
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');
  for (const key of ['w', 'r', 'Enter']) await panel.page.keyboard.press(key);
  await expect(panel.page.getByTestId('pending-call')).toBeVisible();
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');
  await expect(panel.field('caseId')).toHaveText('CS-10490');
  await expect(panel.page.getByTestId('mark-caseId')).toHaveText('CRM');
});

test('a CRM drawn by web components: fields inside shadow roots, values that arrive later', async ({
  context,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  // The fields hold their values until the page says they arrived: only shadow roots change then.
  const setup = { context, serviceWorker, openExtensionPage };
  const { crmPage, tabId, panel } = await openCrmWithPanel(
    setup,
    '/workspace/customers/c-1001?fieldDelay=manual',
  );
  // The record is captured but has no identifier yet: nothing to make a call of.
  await expect(panel.page.getByTestId('status-nothing').or(panel.card)).toBeVisible();
  await expect(panel.page.getByTestId('pending-call')).toHaveCount(0);
  await expect(panel.field('accountNumber')).toHaveCount(0);
  await crmPage.evaluate(() => window.dispatchEvent(new Event('crm-fields-load')));

  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');
  await expect(panel.field('email')).toHaveText('hélène.dubois@exemple.fr');
  await expect(panel.field('phone')).toHaveText('+33 6 12 34 56 78');
  await expect(panel.page.getByTestId('mark-accountNumber')).toHaveText('CRM');
  await expect(panel.page.getByTestId('pending-call')).toBeVisible();
  // Checklist triggers and the contact reason read the page text: the components' text is in it.
  const stored = (await serviceWorker.evaluate(
    async (id) => (await chrome.storage.session.get(`tab-context:${id}`))[`tab-context:${id}`],
    tabId,
  )) as { pageText?: string } | undefined;
  expect(stored?.pageText).toContain('Phone (verified)');

  // Typed into a text box inside a shadow root: `change` never reaches the document.
  const verified = crmPage.locator('crm-input input');
  await verified.fill('+33 6 12 34 56 78');
  await verified.press('Tab');
  const repeated = panel.page
    .getByTestId('logged-signals')
    .locator('[data-signal="repeated_info"]');
  await expect(repeated).toContainText('Phone');
  await panel.page.screenshot({ path: testInfo.outputPath('panel-web-components.png') });
  await crmPage.screenshot({ path: testInfo.outputPath('crm-web-components.png') });
});

test('a console that draws the record in an iframe: the frame’s record shows until the page has its own', async ({
  context,
  serviceWorker,
  openExtensionPage,
}) => {
  const setup = { context, serviceWorker, openExtensionPage };
  const { crm, crmPage, tabId, panel } = await openCrmWithPanel(setup, '/classic/customers/c-1001');
  await expect(panel.field('accountNumber')).toHaveText('ACC-004211');

  // The agent opens another customer inside the frame (through the list, which is no record).
  const frame = crmPage.frameLocator('[data-testid="record-frame"]');
  await frame.getByTestId('nav-customers').click();
  await frame.getByTestId('customer-link-c-1002').first().click();
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');

  // The console's own URL follows the frame (as ServiceNow's does): the page, showing no record
  // itself, captures again, and the frame reports its record once more, for the new URL.
  await crmPage.evaluate(() => history.replaceState(null, '', '/classic/customers/c-1002'));
  await expect
    .poll(() =>
      serviceWorker.evaluate(async (id) => {
        const key = `tab-context:${id}`;
        const stored = (await chrome.storage.session.get(key))[key] as { topUrl?: string };
        return stored?.topUrl;
      }, tabId),
    )
    .toMatch(/\/classic\/customers\/c-1002$/);
  await expect(panel.field('accountNumber')).toHaveText('ACC-007358');

  // The page itself now shows a record: that one wins.
  await crm.open('/customers/c-1003');
  await expect(panel.field('accountNumber')).toHaveText('ACC-001942');
});
