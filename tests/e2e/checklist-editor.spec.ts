import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseChecklistPack } from '../../lib/checklists/parse-pack';
import { CRM_URL, expect, test } from './fixtures';
import { ChecklistEditor } from './pages/checklist-editor';
import { DemoCrm } from './pages/demo-crm';

const DEFAULT_IDS = ['address-change', 'replacement-part', 'account-lockout', 'close'];

/** Writes events straight into the extension's IndexedDB, as the side panel would log them. */
async function addEvents(page: Page, rows: Record<string, unknown>[]) {
  await page.evaluate(
    (events) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('effortless');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('events', 'readwrite');
          for (const event of events) tx.objectStore('events').put(event);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

test('the trainer creates, versions, diffs and restores a checklist', async ({
  openExtensionPage,
}, testInfo) => {
  const editor = new ChecklistEditor(await openExtensionPage('checklists.html'));
  const { page } = editor;
  for (const id of DEFAULT_IDS) await expect(editor.listItem(id)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('editor-list.png'), fullPage: true });

  // A new checklist in English and French: the Finnish texts are flagged as missing.
  await page.getByTestId('new-checklist').click();
  await page.getByTestId('checklist-id').fill('moving-house');
  await editor.title('en').fill('Moving house');
  await editor.title('fr').fill('Déménagement');
  await editor.itemText(0, 'en').fill('Offer new cards with the new address');
  await editor.itemText(0, 'fr').fill('Proposer de nouvelles cartes à la nouvelle adresse');
  await page.getByTestId('item-kind-0').selectOption('offer');
  await page.getByTestId('add-item').click();
  await editor.itemText(1, 'en').fill('Confirm the billing address');
  await editor.itemText(1, 'fr').fill('Confirmer l’adresse de facturation');
  const missingFi = page.getByTestId('missing-fi');
  await expect(missingFi).toContainText('Suomi (FI)');
  await expect(missingFi).toContainText('Title');
  await expect(missingFi).toContainText('Item 2 · Text');
  await expect(page.getByTestId('missing-fr')).toHaveCount(0);
  await expect(editor.title('fi')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: testInfo.outputPath('editor-content.png'), fullPage: true });

  // The trigger: the interaction's category is "Address change".
  await editor.tab('triggers').click();
  await editor.condition('root-any-0-terms').fill('Address change, Moving');
  await page.screenshot({ path: testInfo.outputPath('editor-new.png'), fullPage: true });
  await editor.save();
  await expect(editor.notice).toContainText('Saved version 1');
  await expect(editor.listItem('moving-house')).toContainText('v1');
  await expect(editor.version).toHaveText('v1');

  // Reorder by keyboard (Alt+ArrowDown) and by drag; the move buttons too.
  await editor.tab('content').click();
  await editor.item(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(editor.itemText(0, 'en')).toHaveValue('Confirm the billing address');
  await expect(editor.item(1)).toBeFocused();
  await page.getByTestId('drag-1').dragTo(editor.item(0));
  await expect(editor.itemText(0, 'en')).toHaveValue('Offer new cards with the new address');
  await page.getByTestId('move-down-0').click();
  await expect(editor.itemText(1, 'en')).toHaveValue('Offer new cards with the new address');
  await page.getByTestId('move-up-1').click();

  // An edit saves version 2.
  await editor.title('en').fill('Moving house or address');
  await expect(page.getByTestId('dirty')).toBeVisible();
  await expect(page.getByTestId('save')).toHaveText('Save as v2');
  await editor.save();
  await expect(editor.version).toHaveText('v2');
  await expect(page.getByTestId('dirty')).toHaveCount(0);

  // History: v1 against the current v2, then restore v1 as v3.
  await editor.tab('history').click();
  await expect(page.getByTestId('versions').locator('li')).toHaveCount(2);
  await page.getByTestId('compare-1').click();
  const titleRow = page.locator('[data-testid=diff-row][data-path="$.title.en"]');
  await expect(titleRow).toContainText('Moving house');
  await expect(titleRow.locator('.ce-diff__after')).toHaveText('Moving house or address');
  await page.screenshot({ path: testInfo.outputPath('editor-diff.png'), fullPage: true });
  await page.getByTestId('restore-1').click();
  await expect(editor.notice).toContainText('Restored version 1 as version 3');
  await expect(editor.version).toHaveText('v3');
  await expect(page.getByTestId('editor-title')).toHaveText('Moving house');
  await expect(page.getByTestId('versions').locator('li')).toHaveCount(3);

  // Publishing is a version too: agents get v4 while the history keeps the drafts.
  await page.getByTestId('toggle-status').click();
  await expect(editor.version).toHaveText('v4');
  await expect(editor.listItem('moving-house')).toContainText('Published');

  // Duplicate, then delete the copy after confirming.
  await page.getByTestId('duplicate').click();
  await expect(editor.listItem('moving-house-copy')).toContainText('Draft');
  await expect(page.getByTestId('editor-title')).toHaveText('Moving house (copy)');
  await page.getByTestId('delete').click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('editor-delete-confirm.png') });
  await page.getByTestId('confirm').click();
  await expect(editor.listItem('moving-house-copy')).toHaveCount(0);
  await expect(editor.listItem('moving-house')).toBeVisible();

  // Search in any language, and the status filter.
  await page.getByTestId('search').fill('déménagement');
  await expect(editor.listItem('moving-house')).toBeVisible();
  await expect(editor.listItem('close')).toHaveCount(0);
  await page.getByTestId('search').fill('');
  await page.getByTestId('filter-draft').check();
  await expect(editor.listItem('moving-house')).toHaveCount(0);
  await expect(editor.listItem('address-change')).toHaveCount(0);
  await page.getByTestId('filter-published').check();
  await expect(editor.listItem('moving-house')).toBeVisible();
  await page.getByTestId('filter-all').check();
});

test('import shows path-precise errors and imports nothing; export parses', async ({
  openExtensionPage,
}, testInfo) => {
  const editor = new ChecklistEditor(await openExtensionPage('checklists.html'));
  const { page } = editor;
  await expect(editor.listItem('close')).toBeVisible();
  const before = await editor.list.locator('li').count();

  const checklist = (id: string, fr: unknown = 'Demander') => ({
    id,
    version: 1,
    status: 'published',
    updatedAt: '2025-11-24T09:00:00Z',
    title: { en: `Imported ${id}`, fr: `Importée ${id}` },
    triggers: { type: 'pageText', op: 'contains', value: 'Address change' },
    items: [{ id: 'ask', kind: 'ask', text: { en: 'Ask', fr } }],
  });
  const pack = (checklists: unknown[]) =>
    JSON.stringify({ format: 'effortless-checklists', formatVersion: 1, checklists });

  let dialog = await editor.openImport();
  await dialog
    .getByTestId('import-text')
    .fill(pack([checklist('imp-a'), checklist('imp-b'), checklist('imp-c', 42)]));
  await dialog.getByTestId('import-submit').click();
  const errors = dialog.getByTestId('import-errors');
  await expect(errors).toContainText('Nothing was imported');
  await expect(errors).toContainText('$.checklists[2].items[0].text.fr');
  await expect(errors).toContainText('expected a string, got the number 42');
  await page.screenshot({ path: testInfo.outputPath('editor-import-errors.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(editor.list.locator('li')).toHaveCount(before);
  await expect(editor.listItem('imp-a')).toHaveCount(0);

  dialog = await editor.openImport();
  await dialog.getByTestId('import-file').setInputFiles({
    name: 'pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(pack([checklist('imp-a'), checklist('imp-b')])),
  });
  await expect(editor.notice).toContainText('Imported 2 checklists');
  await expect(editor.listItem('imp-a')).toBeVisible();
  await expect(editor.listItem('imp-b')).toBeVisible();

  // Export the selection, then everything: both are packs the importer accepts.
  await page.getByTestId('export-check-imp-a').check();
  const [selected] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-selected').click(),
  ]);
  const selectedPack = parseChecklistPack(await readFile((await selected.path())!, 'utf8'));
  expect(selectedPack.ok && selectedPack.pack.checklists.map((c) => c.id)).toEqual(['imp-a']);
  const [all] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-all').click(),
  ]);
  expect(all.suggestedFilename()).toMatch(/^checklists-\d{4}-\d{2}-\d{2}\.json$/);
  const allPack = parseChecklistPack(await readFile((await all.path())!, 'utf8'));
  expect(allPack.ok).toBe(true);
  expect(allPack.ok && allPack.pack.checklists.length).toBe(before + 2);
});

test('usage counts come from the local events', async ({ openExtensionPage }, testInfo) => {
  const editor = new ChecklistEditor(await openExtensionPage('checklists.html'));
  const { page } = editor;
  await expect(editor.listItem('address-change')).toBeVisible();
  const event = (id: string, type: string, interactionId: string, attributes: object) => ({
    id,
    type,
    at: Date.now(),
    interactionId,
    attributes: { checklistId: 'address-change', ...attributes },
  });
  await addEvents(page, [
    event('e1', 'checklist_shown', 'i1', { version: 1 }),
    event('e2', 'checklist_shown', 'i2', { version: 1 }),
    event('e3', 'checklist_item_done', 'i1', { itemId: 'new-cards' }),
    event('e4', 'checklist_item_skipped', 'i2', { itemId: 'new-cards', reason: 'not_relevant' }),
  ]);
  // Dexie's live queries see writes made through Dexie only: reload to read these.
  await page.reload();
  await editor.open('address-change');
  await editor.tab('usage').click();
  await expect(page.getByTestId('usage-shown')).toHaveText('2');
  await expect(page.getByTestId('usage-done')).toHaveText('1');
  await expect(page.getByTestId('usage-skipped')).toHaveText('1');
  await expect(page.getByTestId('usage-item-new-cards')).toContainText('not_relevant (1)');
  await expect(editor.listItem('address-change')).toContainText('shown 2');
  await page.screenshot({ path: testInfo.outputPath('editor-usage.png'), fullPage: true });
});

test('the live tester says whether the checklist fires on the CRM tab open now', async ({
  context,
  openExtensionPage,
}, testInfo) => {
  const crm = new DemoCrm(await context.newPage());
  await crm.open('/cases/CS-10482');
  await expect(crm.page.getByTestId('record-header')).toContainText('CS-10482');

  const editor = new ChecklistEditor(await openExtensionPage('checklists.html'));
  const { page } = editor;
  await page.getByTestId('new-checklist').click();
  await editor.title('en').fill('Address change follow-up');
  await editor.itemText(0, 'en').fill('Offer new cards');
  await editor.tab('triggers').click();
  // The tab's interaction took its reason from the case page ("Address change"): it matches.
  await editor.condition('root-any-0-terms').fill('Address change');
  await expect(page.getByTestId('tester-tab')).toContainText('CS-10482');
  await expect(page.getByTestId('tester-page-text')).toContainText('characters read');
  await expect(editor.condition('root-any-0-verdict')).toHaveAttribute('data-matched', 'true');
  await expect(editor.verdict).toHaveAttribute('data-matched', 'true');
  // Simulating another reason: the category no longer matches, and nothing else does…
  await page.getByTestId('sim-category').fill('Billing');
  await expect(editor.condition('root-any-0-verdict')).toHaveAttribute('data-matched', 'false');
  await expect(editor.verdict).toHaveAttribute('data-matched', 'false');
  // …but the page text does.
  await page.getByTestId('cond-root-add').click();
  await editor.condition('root-any-1-value').fill('Address change');
  await expect(editor.condition('root-any-1-verdict')).toHaveAttribute('data-matched', 'true');
  await expect(editor.verdict).toHaveAttribute('data-matched', 'true');
  await expect(editor.verdict).toContainText('Would fire');
  await page.screenshot({ path: testInfo.outputPath('editor-tester.png'), fullPage: true });

  // Resetting the simulation brings back the interaction's own reason.
  await page.getByTestId('sim-reset').click();
  await expect(editor.condition('root-any-0-verdict')).toHaveAttribute('data-matched', 'true');

  // A condition on text the page does not show: red, and the checklist would not fire.
  await editor.condition('root-any-1-value').fill('Password reset');
  await page.getByTestId('sim-category').fill('Billing');
  await expect(editor.condition('root-any-1-verdict')).toHaveAttribute('data-matched', 'false');
  await expect(editor.verdict).toHaveAttribute('data-matched', 'false');

  // The CRM navigates to another record: the tester follows the new capture.
  await crm.open(`/customers/c-1001`);
  await editor.condition('root-any-1-value').fill('ACC-004211');
  await expect(editor.verdict).toHaveAttribute('data-matched', 'true');
  await page.screenshot({
    path: testInfo.outputPath('editor-tester-customer.png'),
    fullPage: true,
  });
  expect(CRM_URL).toContain('127.0.0.1');
});
