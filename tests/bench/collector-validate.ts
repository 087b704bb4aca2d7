// `npx tsx tests/bench/collector-validate.ts`: what validating one 500-event upload costs the
// collector with its fast path (isWellFormedEvent) and with zod alone (issue 15), on the events
// tests/bench/collector.ts sends, each batch fresh from JSON.parse as the collector sees it.
import { randomBytes, randomUUID } from 'node:crypto';
import { isWellFormedEvent, syncEventSchema } from '../../lib/sync/schema';

const BATCH = 500;
const BATCHES = 40;
const ROUNDS = 5;
const TYPES = ['transfer', 'hold', 'repeated_info', 'interaction_started'];

const batch = (): unknown[] =>
  JSON.parse(
    JSON.stringify(
      Array.from({ length: BATCH }, (_, i) => ({
        id: randomUUID(),
        type: TYPES[i % TYPES.length],
        at: new Date(Date.now() - i * 1000).toISOString(),
        interactionId: randomUUID(),
        customerKey: `team-1.${randomBytes(32).toString('base64url')}`,
        attributes: { field: 'accountNumber', durationSeconds: i % 600 },
      })),
    ),
  ) as unknown[];

const validators = {
  'fast path': (event: unknown) => isWellFormedEvent(event),
  'zod alone': (event: unknown) => syncEventSchema.safeParse(event).success,
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

const best: Record<string, number> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, valid] of Object.entries(validators)) {
    const times = Array.from({ length: BATCHES }, () => {
      const events = batch();
      const start = performance.now();
      for (const event of events) if (!valid(event)) throw new Error(`${name} refused an event`);
      return performance.now() - start;
    });
    best[name] = Math.min(best[name] ?? Infinity, median(times));
  }
}
for (const [name, ms] of Object.entries(best)) {
  console.log(
    `${name.padEnd(10)} ${ms.toFixed(2)} ms per ${BATCH}-event upload (median, best of ${ROUNDS})`,
  );
}
