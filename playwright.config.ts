import { defineConfig } from '@playwright/test';

export const DEMO_CRM_PORT = Number(process.env.E2E_DEMO_CRM_PORT ?? 4310);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: { trace: 'retain-on-failure' },
  webServer: {
    command: `node server/demo-crm/serve.mjs --port ${DEMO_CRM_PORT}`,
    url: `http://127.0.0.1:${DEMO_CRM_PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
