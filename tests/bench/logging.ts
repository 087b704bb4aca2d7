import type { BrowserContext } from '@playwright/test';
import { bundle } from '../support/bundle';
import type { Figure } from './report';

/**
 * Logging throughput in real Chromium IndexedDB: the product's logging (validated signals, each
 * with its outbox row, one transaction) as a ratio to raw Dexie bulkAdds of the same rows, in the
 * same page and run.
 */
export async function measureLogging(
  context: BrowserContext,
  origin: string,
  n = 10_000,
): Promise<Figure[]> {
  const page = await context.newPage();
  await page.goto(`${origin}customers`);
  await page.addScriptTag({
    content: await bundle('tests/bench/logging-entry.ts', 'EffortlessLogging'),
  });
  const best = { raw: 0, eventsOnly: 0, batched: 0, single: 0 };
  for (let i = 0; i < 3; i++) {
    const r = await page.evaluate(
      (count) =>
        (
          window as unknown as { EffortlessLogging: typeof import('./logging-entry') }
        ).EffortlessLogging.run(count),
      n,
    );
    best.raw = Math.max(best.raw, r.raw);
    best.batched = Math.max(best.batched, r.batched);
    best.single = Math.max(best.single, r.single);
    best.eventsOnly = Math.max(best.eventsOnly, r.eventsOnly);
  }
  await page.close();
  return [
    {
      name: 'raw Dexie bulkAdd, same rows (baseline)',
      value: best.raw,
      unit: 'events/s',
      note: 'the event rows, then their outbox rows',
    },
    { name: 'logging (validated, with outbox rows)', value: best.batched, unit: 'events/s' },
    {
      name: 'logging / raw bulkAdd of the same rows',
      value: best.batched / best.raw,
      unit: 'x',
      target: 0.8,
      better: 'higher',
    },
    {
      name: 'logging / raw bulkAdd of event rows only',
      value: best.batched / best.eventsOnly,
      unit: 'x',
      note: 'what the outbox row costs: the price of never losing an event',
    },
    {
      name: 'logging one event per transaction',
      value: best.single,
      unit: 'events/s',
      note: 'the keypress path',
    },
  ];
}
