// Starts the demo CRM and the local collector, then opens Chromium with the built extension
// loaded at a demo customer record and pointed at the collector. Headless when there is no
// display, so it also works on a server or in a container. Ctrl-C stops everything.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startDemoCrm } from '../server/demo-crm/server.mjs';

const crmPort = Number(process.env.DEMO_CRM_PORT ?? 4300);
const collectorPort = Number(process.env.COLLECTOR_PORT ?? 8787);
const extension = resolve(process.env.EFFORTLESS_OUT_DIR ?? '.output', 'chrome-mv3');
const profile = resolve(process.env.EFFORTLESS_PROFILE ?? '.chromium-profile');
const browserPath = execFileSync('node', ['scripts/find-browser.mjs'], { encoding: 'utf8' }).trim();
const headless = !process.env.DISPLAY && process.platform === 'linux';
const tsx = resolve('node_modules/.bin/tsx');

// An agent token for the demo team; the CLI works before the collector runs.
const tokenOutput = execFileSync(
  tsx,
  ['server/collector/token.ts', '--team', 'demo', '--role', 'agent', '--agent', 'jane.agent'],
  { encoding: 'utf8' },
);
const token = tokenOutput.trim().split('\n').at(-1);

const collector = spawn(tsx, ['server/collector/index.ts'], {
  env: { ...process.env, COLLECTOR_PORT: String(collectorPort) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const collectorUrl = await new Promise((resolveUrl, reject) => {
  collector.once('exit', (code) => reject(new Error(`The collector exited (${code})`)));
  collector.stdout.on('data', (chunk) => {
    const match = /listening on (http:\/\/\S+)/.exec(String(chunk));
    if (match) resolveUrl(match[1]);
  });
});
const crm = await startDemoCrm({ port: crmPort });

mkdirSync(profile, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless,
  viewport: null,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
// Point the extension at the local collector (the same keys the settings page writes).
/* global chrome -- the evaluated function runs inside the extension. */
await worker.evaluate(
  async ({ url, token }) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...settings, collectorUrl: url, collectorToken: token },
    });
  },
  { url: collectorUrl, token },
);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${crm.url}customers/c-1001`);

console.log(`Demo CRM:   ${crm.url}`);
console.log(`Collector:  ${collectorUrl} (team "demo", agent token configured)`);
console.log(`Browser:    ${browserPath}${headless ? ' (headless: no display found)' : ''}`);
console.log(`Extension:  ${extension}`);
if (headless)
  console.log(
    'For a visible browser, run on a desktop or under `xvfb-run -a bash scripts/run.sh`.',
  );
console.log('Open the side panel with the Effortless toolbar button. Press Ctrl-C to stop.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await context.close().catch(() => undefined);
  await crm.close();
  collector.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
context.on('close', stop);
