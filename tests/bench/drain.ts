import { serve } from '@hono/node-server';
import { chromium } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createApp } from '../../server/collector/app';
import { signToken } from '../../server/collector/auth';
import { openPglite } from '../../server/collector/db/driver';
import { migrate } from '../../server/collector/db/migrate';
import { bundle } from '../support/bundle';
import type { Figure } from './report';
import { CHROMIUM_FLAGS } from '../support/chromium';

/**
 * Extension drain throughput (issue 6): the extension's own sync code (lib/sync, bundled) in a
 * real Chromium page drains a 10,000-event IndexedDB outbox to a local collector (in-process,
 * PGlite on disk). The page is served by the collector's own origin, so no CORS is involved,
 * as for the extension, whose host permission lifts CORS. Best of 3 runs.
 */
export async function measureDrain(n = 10_000): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'effortless-drain-bench-'));
  const driver = await openPglite(dir);
  await migrate(driver);
  const secret = randomBytes(32);
  const site = new Hono();
  site.get('/', (c) => c.html('<!doctype html><title>drain bench</title>'));
  site.route('/', createApp({ driver, secret }));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: site.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = await signToken(secret, { team: 'bench', role: 'agent', agent: 'bench' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage();
    // tsx compiles the functions we pass to page.evaluate with esbuild's keepNames helper.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(`${origin}/`);
    await page.addScriptTag({
      content: await bundle('tests/bench/drain-entry.ts', 'EffortlessDrain'),
    });
    let best = 0;
    for (let i = 0; i < 3; i++) {
      const r = await page.evaluate(
        ({ count, url, token }) =>
          (
            window as unknown as { EffortlessDrain: typeof import('./drain-entry') }
          ).EffortlessDrain.run(count, url, token),
        { count: n, url: origin, token },
      );
      if (r.status !== 'synced' || r.left !== 0)
        throw new Error(`drain bench: ${r.status}, ${r.left} left`);
      best = Math.max(best, n / r.seconds);
    }
    const stored = Number((await driver.query('SELECT count(*)::int AS n FROM events'))[0]?.n);
    if (stored !== 3 * n) throw new Error(`drain bench: ${stored} stored, expected ${3 * n}`);
    return [
      {
        name: 'extension drain, 10,000-event outbox to a local collector',
        value: best,
        unit: 'events/s',
        target: 3_000,
        better: 'higher',
        note: 'real Chromium IndexedDB, lib/sync, PGlite collector; best of 3',
      },
    ];
  } finally {
    await browser.close();
    server.close();
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  }
}
