import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ChecklistEditor } from './pages/checklist-editor';
import { CollectorProcess } from './pages/collector';
import { DemoCrm } from './pages/demo-crm';
import { nudgeSync, outboxCount, queueEvents } from './pages/outbox';

/** WCAG contrast ratio of an element's text on its own background, as the browser renders it. */
async function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const rgb = (css: string) =>
      css
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
    const lum = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const style = getComputedStyle(el);
    const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
}

/** Nothing a trainer reads may be a JSON path or regular-expression syntax. */
const JSON_PATH = /\$\.|\$\[|any\(|all\(|\/\^|\/\)/;

async function newChecklist(page: Page) {
  await page.getByTestId('new-checklist').click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

test('the editor speaks plain words: no error before typing, problems and diff in words, empty conditions never match, readable badges', async ({
  context,
  openExtensionPage,
}, testInfo) => {
  const crm = new DemoCrm(await context.newPage());
  await crm.open('/cases/CS-10482');
  await expect(crm.page.getByTestId('record-header')).toContainText('CS-10482');
  const editor = new ChecklistEditor(await openExtensionPage('checklists.html'));
  const { page } = editor;
  await expect(editor.listItem('address-change')).toBeVisible();

  // "Published" badges: WCAG AA, 4.5:1 at least.
  const badges = page.locator('.badge--published');
  expect(await badges.count()).toBeGreaterThan(0);
  for (const badge of await badges.all())
    expect(await contrastOf(badge)).toBeGreaterThanOrEqual(4.5);

  // A blank new checklist shows no error and no "missing translation" before anything is typed.
  await newChecklist(page);
  await expect(page.getByTestId('save')).toBeEnabled();
  await expect(page.getByTestId('save-errors')).toHaveCount(0);
  await expect(page.getByTestId('missing-translations')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('trainer-new-blank.png'), fullPage: true });

  // Typing a title shows only what concerns it; Save then lists the rest, in words.
  await editor.title('en').fill('Moving house');
  await expect(page.getByTestId('save-errors')).toHaveCount(0);
  await page.getByTestId('save').click();
  const errors = page.getByTestId('save-errors');
  await expect(errors).toContainText('Item 1 · Text: write it in at least one language');
  await expect(errors).toContainText('Trigger, condition 1 (Category): write at least one word');
  expect(await errors.innerText()).not.toMatch(JSON_PATH);
  await page.screenshot({ path: testInfo.outputPath('trainer-save-errors.png'), fullPage: true });

  // The trigger tab: an empty condition is "incomplete", never "matches".
  await editor.itemText(0, 'en').fill('Offer new cards');
  await editor.tab('triggers').click();
  await expect(page.getByTestId('tester-tab')).toContainText('CS-10482');
  await page.getByTestId('cond-root-add').click();
  const empty = editor.condition('root-any-1-verdict');
  await expect(empty).toHaveAttribute('data-matched', 'false');
  await expect(empty).not.toContainText('matches');
  await expect(empty).toContainText('incomplete');
  await expect(editor.verdict).toHaveAttribute('data-matched', 'false');
  const conditions = page.getByTestId('tester-conditions');
  await expect(conditions).toContainText('Trigger, condition 2 (Page text)');
  expect(await conditions.innerText()).not.toMatch(JSON_PATH);
  await editor.condition('root-any-1-value').fill('Address change');
  await expect(editor.condition('root-any-1-verdict')).toHaveAttribute('data-matched', 'true');
  await page.screenshot({ path: testInfo.outputPath('trainer-tester.png'), fullPage: true });

  // Saving a published checklist publishes it, or says why agents did not get it.
  await editor.condition('root-any-0-terms').fill('Moving');
  await editor.tab('content').click();
  await page.getByTestId('status-published').check();
  await editor.save();
  await expect(editor.notice).toContainText('Published in this browser only');
  await expect(editor.notice).toContainText('no collector URL and trainer token');

  // The diff between versions, in words.
  await editor.title('en').fill('Moving house or flat');
  await editor.tab('triggers').click();
  await editor.condition('root-any-1-value').fill('Moving');
  await editor.save();
  await expect(editor.version).toHaveText('v2');
  await editor.tab('history').click();
  const diff = page.getByTestId('diff');
  await expect(diff).toContainText('Title, in English');
  await expect(diff).toContainText('Any of (Category is “Moving”; Page text contains “Moving”)');
  expect(await diff.innerText()).not.toMatch(JSON_PATH);
  await page.screenshot({ path: testInfo.outputPath('trainer-diff.png'), fullPage: true });
});

test('one browser holds an agent token and a trainer token: publishing uses the trainer one and event sync keeps working', async ({
  openExtensionPage,
}, testInfo) => {
  test.setTimeout(180_000);
  const collector = await CollectorProcess.start();
  try {
    const agentToken = await collector.token('team-e2e', 'agent');
    const trainerToken = await collector.token('team-e2e', 'trainer');
    const options = await openExtensionPage('options.html');
    await options.getByTestId('collector-url').fill(collector.url);
    await options.getByTestId('collector-token').fill(agentToken);
    await options.getByTestId('trainer-token').fill(trainerToken);
    await options.getByTestId('collector-save').click();
    await expect(options.getByTestId('collector-message')).toBeVisible();
    await options.screenshot({ path: testInfo.outputPath('trainer-settings.png'), fullPage: true });

    const editor = new ChecklistEditor(await openExtensionPage('checklists.html'));
    const { page } = editor;
    await editor.open('address-change');
    await editor.title('en').fill('Address change (team)');
    await editor.save();
    await expect(editor.notice).toContainText('Published to the team collector');

    // Event sync still uploads with the agent token (a trainer token would get 403).
    await queueEvents(page, 3);
    await nudgeSync(page);
    await expect.poll(() => outboxCount(page), { timeout: 20_000 }).toBe(0);
    expect(await collector.eventIds('team-e2e')).toHaveLength(3);
    await page.screenshot({ path: testInfo.outputPath('trainer-published.png'), fullPage: true });
  } finally {
    await collector.dispose();
  }
});
