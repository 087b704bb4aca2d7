import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { CHROMIUM_FLAGS, EXTENSION_PATH, expect, test } from './fixtures';
import { CollectorProcess } from './pages/collector';
import { configureCollector, nudgeSync, outboxCount, queueEvents } from './pages/outbox';

/**
 * Issue 6, crashes: Chromium SIGKILLed and restarted on the same profile, and the collector
 * SIGKILLed mid-drain and restarted. Real processes throughout; exactly once afterwards.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 });

let collector: CollectorProcess;
let proxy: FaultProxy;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  collector = await CollectorProcess.start();
  proxy = await startFaultProxy(collector.url);
});

test.beforeEach(() => {
  proxy.faults = [];
  proxy.stats = { posts: 0, committed: 0, replied: 0 };
});

test.afterAll(async () => {
  await proxy?.stop();
  await collector?.dispose();
});

async function expectExactlyOnce(team: string, ids: readonly string[]) {
  const stored = await collector.eventIds(team);
  expect(stored).toHaveLength(new Set(stored).size);
  expect(new Set(stored)).toEqual(new Set(ids));
}

/** Chromium as its own process (so it can be SIGKILLed), driven over CDP. */
async function launchChromium(userDataDir: string) {
  await rm(join(userDataDir, 'DevToolsActivePort'), { force: true });
  const child: ChildProcess = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      `--user-data-dir=${userDataDir}`,
      '--headless',
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--remote-debugging-port=0',
      ...CHROMIUM_FLAGS,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let port = '';
  await expect
    .poll(async () => {
      port = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8').catch(() => ''))
        .split('\n')[0]!
        .trim();
      return port;
    })
    .not.toBe('');
  const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context: BrowserContext = browser.contexts()[0]!;
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  return {
    page,
    /** SIGKILL: no shutdown, exactly like a crash or a killed task. */
    async kill() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid!, 'SIGKILL');
      await exited;
      await browser.close().catch(() => undefined);
    },
  };
}

test('Chromium killed with events queued, restarted on the same profile: the outbox drains', async () => {
  const team = 'team-chromium-restart';
  const userDataDir = await mkdtemp(join(tmpdir(), 'effortless-e2e-restart-'));
  try {
    await proxy.stop();
    const first = await launchChromium(userDataDir);
    await configureCollector(first.page, proxy.url, await collector.token(team));
    const ids = await queueEvents(first.page, 60);
    await nudgeSync(first.page);
    // The worker tried and failed (collector down) before the crash.
    await expect(first.page.getByTestId('sync-error')).toHaveAttribute('data-kind', 'offline');
    await first.kill();

    await proxy.start();
    const second = await launchChromium(userDataDir);
    // No nudge: the restarted worker flushes by itself.
    await expect.poll(() => outboxCount(second.page), { timeout: 90_000 }).toBe(0);
    await second.kill();
    await expectExactlyOnce(team, ids);
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('the collector SIGKILLed mid-drain and restarted: every event stored exactly once', async ({
  openExtensionPage,
}) => {
  const team = 'team-collector-kill';
  const page = await openExtensionPage('options.html');
  await configureCollector(page, proxy.url, await collector.token(team));
  // Batch 1 goes through; batch 2 is committed, then the collector dies before its reply.
  proxy.faults = [{ kind: 'pass' }, { kind: 'hold' }];
  const ids = await queueEvents(page, 1_600);
  await nudgeSync(page);
  await proxy.held();
  await collector.kill();
  proxy.release({ drop: true });
  // Batch 1 was acknowledged and deleted locally; the rest waits.
  await expect.poll(() => outboxCount(page)).toBe(1_100);
  await collector.launch();
  await nudgeSync(page);
  await expect.poll(() => outboxCount(page), { timeout: 90_000 }).toBe(0);
  await expectExactlyOnce(team, ids);
});
