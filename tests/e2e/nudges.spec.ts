import { expect, test } from './fixtures';
import { openCrmWithPanel } from './pages/crm-with-panel';
import { ChecklistEditor } from './pages/checklist-editor';
import { readTables } from './pages/idb';

test('a trainer’s checklist fires on a matching record; the agent checks and skips by keyboard', async ({
  context,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  // The trainer writes and publishes a checklist for address changes.
  const editor = new ChecklistEditor(await openExtensionPage('checklists.html'));
  await editor.page.getByTestId('new-checklist').click();
  await editor.page.getByTestId('checklist-id').fill('moving-house');
  await editor.title('en').fill('Moving house');
  await editor.itemText(0, 'en').fill('Offer new cards with the new address');
  await editor.page.getByTestId('add-item').click();
  await editor.itemText(1, 'en').fill('Confirm the billing address');
  await editor.tab('triggers').click();
  await editor.condition('root-any-0-terms').fill('Address change, Moving');
  await editor.save();
  await expect(editor.version).toHaveText('v1');
  await editor.page.getByTestId('toggle-status').click();
  await expect(editor.listItem('moving-house')).toContainText('Published');

  // The customer calls about the case; its reason on the CRM page is "Address change".
  const setup = { context, serviceWorker, openExtensionPage };
  const { panel } = await openCrmWithPanel(setup, '/cases/CS-10482');
  // The agent is on the call: N starts it without waiting for the record's dwell time.
  await expect(panel.page.getByTestId('pending-call')).toBeVisible();
  await panel.page.keyboard.press('n');
  await expect(panel.page.getByTestId('category')).toHaveValue('Address change');
  const nudge = panel.page.getByTestId('nudge-moving-house');
  await expect(nudge).toBeVisible();
  await expect(panel.page.getByTestId('nudges').locator('.nudge')).toHaveCount(3);

  // J moves the cursor to our first item; X marks it done; "-" skips the next as not relevant.
  const first = panel.page.getByTestId('item-moving-house-item-1');
  const steps = await panel.page
    .locator('.nudge-item--open')
    .evaluateAll((els) =>
      els.findIndex((el) => el.getAttribute('data-testid') === 'item-moving-house-item-1'),
    );
  expect(steps).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < steps; i++) await panel.page.keyboard.press('j');
  await expect(first).toHaveClass(/nudge-item--cursor/);
  await panel.page.keyboard.press('x');
  await expect(first).toHaveAttribute('data-state', 'done');
  const second = panel.page.getByTestId('item-moving-house-item-2');
  await expect(second).toHaveClass(/nudge-item--cursor/);
  await panel.page.keyboard.press('-');
  await expect(second).toHaveAttribute('data-state', 'skipped');
  await panel.page.screenshot({ path: testInfo.outputPath('nudges.png'), fullPage: true });

  // Wrap-up reminds once of what is still open, and never blocks.
  await panel.page.keyboard.press('w');
  await expect(panel.page.getByTestId('wrap-up-reminder')).toBeVisible();
  await panel.page.screenshot({
    path: testInfo.outputPath('wrap-up-reminder.png'),
    fullPage: true,
  });
  for (const key of ['r', 'Enter']) await panel.page.keyboard.press(key);
  await expect(panel.page.getByTestId('pending-call')).toContainText('just wrapped up');

  const { events, outbox } = await readTables(panel.page);
  const ours = events.filter((e) => e.attributes?.checklistId === 'moving-house');
  expect(ours.map((e) => e.type).sort()).toEqual([
    'checklist_item_done',
    'checklist_item_skipped',
    'checklist_shown',
  ]);
  expect(ours.find((e) => e.type === 'checklist_item_skipped')?.attributes).toMatchObject({
    itemId: 'item-2',
    reason: 'not_relevant',
  });
  expect(ours.find((e) => e.type === 'checklist_shown')?.attributes).toMatchObject({ version: 2 });
  const queued = new Set(outbox.map((o) => o.eventId));
  expect(ours.every((e) => queued.has(e.id))).toBe(true);
});
