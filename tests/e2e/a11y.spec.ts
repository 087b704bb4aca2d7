import AxeBuilder from '@axe-core/playwright';
import { chromium, type Locator, type Page } from '@playwright/test';
import { DEMO_CRM_PORT } from '../../playwright.config';
import { devToolsUrl, expect, OTHER_CRM_HOST, test } from './fixtures';
import { ChecklistEditor } from './pages/checklist-editor';
import { openCrmWithPanel } from './pages/crm-with-panel';
import { setLanguage } from './pages/settings';
import { LANGUAGES, type Language } from '../../lib/i18n/languages';

/**
 * axe-core on every state of the side panel, the settings and every tab of the checklist editor,
 * in each UI language (issue 11, "Tests and checks"): WCAG 2.0/2.1 A and AA rules, zero
 * violations. No rule is disabled.
 */

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PANEL_SIZE = { width: 400, height: 800 };

// A second host name for the demo CRM: not loopback, so the panel says "not enabled" there.
// CDP may run the extension's toolbar action only with --enable-unsafe-extension-debugging.
test.use({
  extraArgs: [
    `--host-resolver-rules=MAP ${OTHER_CRM_HOST} 127.0.0.1`,
    '--enable-unsafe-extension-debugging',
  ],
});

/** Waits until the page speaks `language` (the i18n provider marks its root with `lang`). */
async function expectLanguage(page: Page, language: Language) {
  await expect(page.locator(`#root > [lang="${language}"]`)).toBeAttached();
}

/** The agent clicks the toolbar button on the tab at `url` (grants activeTab, as a real click). */
async function triggerAction(userDataDir: string, extensionId: string, url: string) {
  const cdp = await chromium.connectOverCDP(await devToolsUrl(userDataDir));
  try {
    const session = await cdp.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never);
    const target = targetInfos.find((t) => t.url === url);
    expect(target, `a tab at ${url}`).toBeDefined();
    await session.send(
      'Extensions.triggerAction' as never,
      { id: extensionId, targetId: target!.targetId } as never,
    );
  } finally {
    await cdp.close();
  }
}

/**
 * Runs axe on the page as it is now and records its violations under `state` (soft: one run lists
 * every state that fails, not only the first).
 */
async function checkA11y(page: Page, state: string, shown: Locator) {
  // The real side panel is narrow: the panel opened as a tab is checked at that width.
  if (page.url().includes('/sidepanel.html')) await page.setViewportSize(PANEL_SIZE);
  await expect(shown).toBeVisible();
  // Legacy mode runs axe inside the page itself: the default mode opens a blank tab to merge
  // frame results, which an extension page's context refuses (and these pages have no frames).
  const { violations, passes } = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    .setLegacyMode(true)
    .analyze();
  // An axe that checked nothing must not pass for one that found nothing.
  expect(passes.map((p) => p.id)).toContain('color-contrast');
  const found = violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`),
  );
  expect.soft(found, `axe violations in ${state}`).toEqual([]);
}

for (const language of LANGUAGES) {
  test.describe(`in ${language.toUpperCase()}`, () => {
    // The demo CRM speaks the same language, as an agent's CRM would.
    const query = language === 'en' ? '' : `?lang=${language}`;

    test('the side panel through a call has no axe violations', async ({
      context,
      serviceWorker,
      openExtensionPage,
    }, testInfo) => {
      await setLanguage(serviceWorker, language);
      const setup = { context, serviceWorker, openExtensionPage };

      // A case on screen (it nudges the default checklists), no call yet; then the keys list.
      const { panel, crm } = await openCrmWithPanel(setup, `/cases/CS-10482${query}`);
      const { page } = panel;
      await expectLanguage(page, language);
      await checkA11y(page, `${language} pending`, page.getByTestId('pending-call'));
      await page.keyboard.press('?');
      await checkA11y(page, `${language} keys dialog`, page.getByRole('dialog'));
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await page.getByTestId('add-value').click();
      await checkA11y(page, `${language} add a value`, page.getByTestId('field-editor'));
      await page.getByTestId('field-editor-value').press('Escape');

      // T starts the call and logs a transfer (its confirmation shows); X ticks a nudged item.
      await page.keyboard.press('t');
      await expect(page.getByTestId('toast')).toBeVisible();
      await page.keyboard.press('x');
      await expect(page.locator('.nudge-item[data-state="done"]')).toHaveCount(1);
      await checkA11y(page, `${language} call`, page.getByTestId('call-header'));
      await page.screenshot({ path: testInfo.outputPath(`call-${language}.png`), fullPage: true });

      // Another customer's record while the call is open; then the call's wrap-up, answered.
      await crm.openCustomerFromList('c-1002');
      await checkA11y(page, `${language} other customer`, page.getByTestId('other-customer'));
      for (const key of ['w', 'r', '6']) await page.keyboard.press(key);
      await expect(page.getByTestId('answer-ces-6')).toHaveAttribute('aria-pressed', 'true');
      await checkA11y(page, `${language} wrap-up`, page.getByTestId('wrap-up'));
      await page.screenshot({ path: testInfo.outputPath(`wrap-up-${language}.png`) });

      // Finished; then the same customer again: a repeat contact, said by its banner.
      await page.keyboard.press('Enter');
      await checkA11y(page, `${language} finished`, page.getByTestId('start-interaction'));
      const again = await openCrmWithPanel(setup, `/customers/c-1001${query}`);
      await checkA11y(
        again.panel.page,
        `${language} repeat`,
        again.panel.page.getByTestId('repeat-banner'),
      );
    });

    test('the side panel without a call, in every site state, has no axe violations', async ({
      context,
      serviceWorker,
      extensionId,
      userDataDir,
      openExtensionPage,
    }) => {
      await setLanguage(serviceWorker, language);
      const setup = { context, serviceWorker, openExtensionPage };

      // Pages that show no customer: a list, and a search with nothing in it.
      const list = await openCrmWithPanel(setup, `/customers${query}`);
      await expectLanguage(list.panel.page, language);
      await checkA11y(
        list.panel.page,
        `${language} list`,
        list.panel.page.getByTestId('status-list'),
      );
      const empty = await openCrmWithPanel(setup, `/search${query}`);
      await checkA11y(
        empty.panel.page,
        `${language} nothing captured`,
        empty.panel.page.getByTestId('status-nothing'),
      );

      // A capture that broke. No demo CRM page makes the content script fail (capturePage never
      // throws), so the test stores what the background keeps for a tab whose content script
      // reported an error (session storage, `tab-context:<id>`).
      await serviceWorker.evaluate(async (tabId) => {
        const key = `tab-context:${tabId}`;
        const { [key]: current } = await chrome.storage.session.get(key);
        await chrome.storage.session.set({
          [key]: {
            ...(current as object),
            kind: 'empty',
            fields: [],
            error: 'Unexpected page layout',
          },
        });
      }, empty.tabId);
      await checkA11y(
        empty.panel.page,
        `${language} capture error`,
        empty.panel.page.getByTestId('status-error'),
      );

      // A CRM origin the agent has not enabled yet: the panel cannot read the tab's address
      // ("no access") until the agent clicks the toolbar button on it (CDP runs the action).
      const url = `http://${OTHER_CRM_HOST}:${DEMO_CRM_PORT}/customers/c-1001${query}`;
      const other = await context.newPage();
      await other.goto(url);
      // Its address is hidden from the extension until then: the newest tab is the one.
      const tabId = await serviceWorker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        return Math.max(...tabs.map((t) => t.id ?? -1));
      });
      const noAccess = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await checkA11y(noAccess, `${language} no access`, noAccess.getByTestId('status-no-access'));
      // A panel opened before the click keeps "no access" (nothing tells it of the activeTab
      // grant); the click opens the panel afresh, as here.
      await other.bringToFront();
      await triggerAction(userDataDir, extensionId, url);
      const granted = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await checkA11y(
        granted,
        `${language} not enabled`,
        granted.getByTestId('status-not-enabled'),
      );
    });

    test('the settings and every tab of the checklist editor have no axe violations', async ({
      serviceWorker,
      openExtensionPage,
    }) => {
      await setLanguage(serviceWorker, language);

      const options = await openExtensionPage('options.html');
      await expectLanguage(options, language);
      await checkA11y(options, `${language} options`, options.getByTestId('open-panel'));

      const editor = new ChecklistEditor(await openExtensionPage('checklists.html'));
      const { page } = editor;
      await expectLanguage(page, language);
      await checkA11y(page, `${language} editor list`, editor.listItem('address-change'));
      await editor.open('address-change');
      for (const tab of ['content', 'triggers', 'history', 'usage'] as const) {
        await editor.tab(tab).click();
        await expect(editor.tab(tab)).toHaveAttribute('aria-selected', 'true');
        await checkA11y(page, `${language} editor ${tab}`, page.locator(`#ce-panel-${tab}`));
      }

      // A new checklist saved empty: its problems, said beside the fields; then the import dialog.
      await page.getByTestId('new-checklist').click();
      await editor.save();
      await checkA11y(page, `${language} editor problems`, page.getByTestId('save-errors'));
      await checkA11y(page, `${language} editor import`, await editor.openImport());
    });
  });
}
