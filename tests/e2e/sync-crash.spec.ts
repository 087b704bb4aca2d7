import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../support/chromium';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { collectorBehindProxy, expectExactlyOnce } from './pages/collector';
import { configureCollector, nudgeSync, outboxCount, queueEvents } from './pages/outbox';

/**
 * Issue 6, crashes: Chromium SIGKILLed and restarted on the same profile, and the collector
 * SIGKILLed mid-drain and restarted. Real processes throughout; exactly once afterwards.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const stack = collectorBehindProxy();

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
    await stack.proxy.stop();
    const first = await launchChromium(userDataDir);
    await configureCollector(first.page, stack.proxy.url, await stack.collector.token(team));
    const ids = await queueEvents(first.page, 60);
    await nudgeSync(first.page);
    // The worker tried and failed (collector down) before the crash.
    await expect(first.page.getByTestId('sync-error')).toHaveAttribute('data-kind', 'offline');
    await first.kill();

    await stack.proxy.start();
    const second = await launchChromium(userDataDir);
    // No nudge: the restarted worker flushes by itself.
    await expect.poll(() => outboxCount(second.page), { timeout: 90_000 }).toBe(0);
    await second.kill();
    await expectExactlyOnce(stack.collector, team, ids);
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('the collector SIGKILLed mid-drain and restarted: every event stored exactly once', async ({
  openExtensionPage,
}) => {
  const team = 'team-collector-kill';
  const page = await openExtensionPage('options.html');
  await configureCollector(page, stack.proxy.url, await stack.collector.token(team));
  // Batch 1 goes through; batch 2 is committed, then the collector dies before its reply.
  stack.proxy.faults = [{ kind: 'pass' }, { kind: 'hold' }];
  const ids = await queueEvents(page, 1_600);
  await nudgeSync(page);
  await stack.proxy.held();
  await stack.collector.kill();
  stack.proxy.release({ drop: true });
  // Batch 1 was acknowledged and deleted locally; the rest waits.
  await expect.poll(() => outboxCount(page)).toBe(1_100);
  await stack.collector.launch();
  await nudgeSync(page);
  await expect.poll(() => outboxCount(page), { timeout: 90_000 }).toBe(0);
  await expectExactlyOnce(stack.collector, team, ids);
});
