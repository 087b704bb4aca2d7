import { defineConfig } from '@playwright/test';

/**
 * The real-Firefox suite (issue 12): Playwright's runner only (test, expect, reports); the browser
 * is Firefox ESR driven by puppeteer-core over WebDriver BiDi (`./firefox.ts`), since Playwright
 * cannot drive a stock Firefox. Needs `wxt build -b firefox` first.
 */
export default defineConfig({
  testDir: '.',
  outputDir: process.env.E2E_FIREFOX_OUTPUT_DIR ?? '../../test-results/firefox',
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
