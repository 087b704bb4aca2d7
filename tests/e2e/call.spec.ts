import { expect, test } from './fixtures';
import { openCrmWithPanel } from './pages/crm-with-panel';
import { readTables } from './pages/idb';

/** `keyId.base64url(HMAC-SHA-256)`: the only shape a customer key may have. */
const CUSTOMER_KEY = /^local-[0-9a-f]{8}\.[A-Za-z0-9_-]{43}$/;

test('a whole call on the demo CRM with the keyboard only', async ({
  context,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  const setup = { context, serviceWorker, openExtensionPage };

  // An earlier contact: the record opens (not a call yet); W makes it one and wraps it up.
  const { panel: firstPanel } = await openCrmWithPanel(setup, '/customers/c-1001');
  await expect(firstPanel.page.getByTestId('pending-call')).toBeVisible();
  await expect(firstPanel.page.getByTestId('repeat-banner')).toHaveCount(0);
  for (const key of ['w', 'r', 'Enter']) await firstPanel.page.keyboard.press(key);
  // After Finish the record is still open: its card stays, and nothing starts by itself.
  await expect(firstPanel.page.getByTestId('pending-call')).toContainText('just wrapped up');
  await expect(firstPanel.card).toContainText('ACC-004211');
  await firstPanel.page.close();

  // The customer calls again: the CRM opens the record in a new tab (a case page this time).
  const { panel } = await openCrmWithPanel(setup, '/cases/CS-10482');
  const banner = panel.page.getByTestId('repeat-banner');
  await expect(banner).toContainText('2nd contact in 7 days');
  await expect(banner).toContainText('resolved');

  // T on the view starts the call and logs the transfer; the repeat contact is logged with it.
  await panel.page.keyboard.press('t');
  const logged = panel.page.getByTestId('logged-signals');
  await expect(logged.locator('[data-signal="transfer"]')).toBeVisible();
  await expect(logged.locator('[data-signal="repeat_contact"]')).toBeVisible();
  await expect(panel.page.getByTestId('toast')).toHaveText('Transfer logged — Z undoes');
  await panel.page.keyboard.press('g');
  await expect(logged.locator('[data-signal="generic_service"]')).toBeVisible();
  await panel.page.keyboard.press('z');
  await expect(logged.locator('[data-signal="generic_service"]')).toHaveCount(0);
  await expect(panel.page.getByTestId('toast')).toHaveText('Generic service undone');
  await panel.page.screenshot({ path: testInfo.outputPath('call-signals.png') });
  await panel.page.keyboard.press('w');
  await panel.page.keyboard.press('r');
  await panel.page.keyboard.press('6');
  await expect(panel.page.getByTestId('answer-ces-6')).toHaveAttribute('aria-pressed', 'true');
  await panel.page.screenshot({ path: testInfo.outputPath('call-wrap-up.png') });
  await panel.page.keyboard.press('Enter');
  await expect(panel.page.getByTestId('pending-call')).toContainText('just wrapped up');

  const { events, outbox, interactions } = await readTables(panel.page);
  expect(interactions).toHaveLength(2);
  const second = interactions.find((i) => (i.repeat as { count: number } | undefined)?.count === 2);
  expect(second).toBeDefined();
  // Checklist nudges shown on the way are events too; this test is about the call's own.
  const ofSecond = events
    .filter((e) => e.interactionId === second!.id && !e.type.startsWith('checklist_'))
    .map((e) => e.type)
    .sort();
  expect(ofSecond).toEqual([
    'interaction_ended',
    'interaction_started',
    'repeat_contact',
    'survey_answer',
    'transfer',
  ]);
  expect(events.find((e) => e.type === 'survey_answer')?.attributes).toEqual({
    survey: 'ces',
    value: 6,
  });
  expect(events.some((e) => e.type === 'generic_service')).toBe(false);
  // Every event waits in the outbox, and nothing else does.
  expect(outbox.map((o) => o.eventId).sort()).toEqual(events.map((e) => e.id).sort());
  // Both contacts carry the same pseudonymous key, of the HMAC's exact shape, and no raw value.
  const keysUsed = new Set(interactions.map((i) => i.customerKey));
  expect(keysUsed.size).toBe(1);
  const [key] = [...keysUsed] as string[];
  expect(key).toMatch(CUSTOMER_KEY);
  for (const raw of ['ACC-004211', '004211', 'Dubois', '+33 6 12 34 56 78', 'hélène.dubois'])
    expect(JSON.stringify({ interactions, events })).not.toContain(raw);
});
