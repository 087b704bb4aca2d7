import { chromium, expect, test, type Browser } from '@playwright/test';
import { bundle } from '../support/bundle';
import { CHROMIUM_FLAGS } from '../support/chromium';
import { fixtureNames, loadFixture } from '../unit/capture/corpus';

/**
 * The capture corpus again, in real Chromium: layout, computed style and the browser's own
 * parsing change what is visible and how labels pair, and a browser is where the extractor runs.
 * Unlike the unit run (happy-dom, jsdom), which allows a small miss rate, this one wants every
 * field of every page.
 */
let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
});

test.afterAll(() => browser.close());

test('every corpus page gives exactly its expected fields in Chromium', async () => {
  const code = await bundle('lib/capture/index.ts', 'EffortlessCapture');
  const page = await browser.newPage();
  const names = fixtureNames();
  const wanted = [];
  const captured = [];
  for (const name of names) {
    const { html, expected } = loadFixture(name);
    await page.setContent(html);
    await page.addScriptTag({ content: code });
    const result = await page.evaluate(
      (url) =>
        (
          window as unknown as { EffortlessCapture: typeof import('../../lib/capture') }
        ).EffortlessCapture.capturePage(document, { url }),
      expected.url,
    );
    wanted.push({ name, kind: expected.kind, fields: expected.fields });
    captured.push({
      name,
      kind: result.kind,
      fields: Object.fromEntries(result.fields.map((f) => [f.key, f.value])),
    });
  }
  expect(names.length).toBeGreaterThanOrEqual(70);
  expect(captured).toEqual(wanted);
});
