// @vitest-environment node
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isWellFormedEvent, syncEventSchema } from '../../lib/sync/schema';

/**
 * The collector trusts `isWellFormedEvent` instead of running the zod schema on events it
 * accepts. On anything JSON.parse can produce, the fast path must accept exactly the events the
 * schema would return unchanged, and leave everything else (refused or cleaned) to the schema.
 */

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = {
  id: '123e4567-e89b-42d3-a456-426614174000',
  type: 'transfer',
  at: '2026-03-01T09:30:00.000Z',
  interactionId: '9b2f1c3e-5d4a-4b6c-8e7f-0a1b2c3d4e5f',
  customerKey: 'k1.AbCdEfGhIjKlMnOpQrStUv',
  attributes: { field: 'accountNumber', durationSeconds: 42, nested: { list: [1, 'two', null] } },
};

/** Values each field is set to: near misses of every pattern, wrong types, edge cases. */
const CANDIDATES: Record<string, unknown[]> = {
  id: [
    '123E4567-E89B-42D3-A456-426614174000',
    '123e4567-e89b-02d3-a456-426614174000',
    '123e4567-e89b-42d3-c456-426614174000',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '123e4567e89b42d3a456426614174000',
    '123e4567-e89b-42d3-a456-426614174000\n',
    ' 123e4567-e89b-42d3-a456-426614174000',
    'not-a-uuid',
  ],
  type: ['hold', 'repeated_info', 'Transfer', '_x', 'a'.repeat(40), 'a'.repeat(41), 'x-y', 'x\n'],
  at: [
    '2026-03-01T09:30:00Z',
    '2026-03-01T09:30:00+02:00',
    '2026-03-01T09:30:00.123456789-05:30',
    '2024-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:30:00+24:00',
    '2026-03-01T09:30:00',
    '2026-03-01t09:30:00Z',
    '2026-03-01 09:30:00Z',
    '2026-03-01',
    '2026-03-01T09:30Z',
  ],
  customerKey: [
    'team-1.' + 'A'.repeat(43),
    'k.' + 'a'.repeat(15),
    'k.' + 'a'.repeat(129),
    'a'.repeat(65) + '.' + 'b'.repeat(20),
    'k.AbCdEfGhIjKlMnOpQr=',
    '0401234567',
    'jane@example.com',
  ],
  attributes: [
    {},
    { a: null, b: true, c: -1.5, d: 'text' },
    { 'to queue': 'x' },
    { _private: 1 },
    { a: 'x'.repeat(2100) },
    { a: 'é'.repeat(700) },
    { a: 'é'.repeat(1100) },
    { a: { b: { c: 1 } } },
    { a: { b: { c: { d: 1 } } } },
    { a: [[[1]]] },
    { a: [[[[1]]]] },
    { note: 'call me on +358 40 123 4567' },
    { note: 'ACC-004211' },
    { note: 'jane@example.com' },
    { ref: '123e4567-e89b-42d3-a456-426614174000' },
    { note: 'a\u0000b' },
    { note: 'a\ud800b' },
    { note: 'a\ud83d\ude00b' },
    { ['a'.repeat(40)]: 1 },
    { ['a'.repeat(41)]: 1 },
    { [`${'k'}\u00e9`]: 1 },
    ['a'],
  ],
};
const WRONG_TYPES: unknown[] = [null, 0, 1e308, '', true, [], {}, ['x'], { id: 'x' }];

/** JSON texts whose parse has own `__proto__` keys, which object literals cannot make. */
const PROTO_TEXTS = [
  `{"id":"${VALID.id}","type":"transfer","at":"${VALID.at}","interactionId":"${VALID.interactionId}","__proto__":{"x":1}}`,
  `{"id":"${VALID.id}","type":"transfer","at":"${VALID.at}","interactionId":"${VALID.interactionId}","attributes":{"__proto__":{"x":1}}}`,
  `{"id":"${VALID.id}","type":"transfer","at":"${VALID.at}","interactionId":"${VALID.interactionId}","attributes":{"constructor":1,"toString":"x"}}`,
];

/** Events as the collector receives them: through JSON text. */
function corpus(): unknown[] {
  const next = random(20261126);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const events: unknown[] = [VALID, ...PROTO_TEXTS.map((text) => JSON.parse(text))];
  const fields = [...Object.keys(VALID), 'extra'];
  for (let i = 0; i < 4000; i++) {
    const event: Record<string, unknown> = { ...VALID };
    // One to three mutations per event: a near miss, a wrong type, or a field removed.
    for (let m = 1 + Math.floor(next() * 3); m > 0; m--) {
      const field = pick(fields);
      const roll = next();
      if (roll < 0.15) delete event[field];
      else if (roll < 0.35) event[field] = pick(WRONG_TYPES);
      else event[field] = pick(CANDIDATES[field] ?? WRONG_TYPES);
    }
    events.push(JSON.parse(JSON.stringify(event)));
  }
  return events;
}

describe('isWellFormedEvent (the collector fast path)', () => {
  const events = corpus();
  const verdicts = events.map((event) => ({
    event,
    fast: isWellFormedEvent(event),
    schema: syncEventSchema.safeParse(event),
  }));

  it('accepts only events the schema returns unchanged', () => {
    const wrong = verdicts.filter(
      ({ event, fast, schema }) =>
        fast && !(schema.success && isDeepStrictEqual(schema.data, event)),
    );
    expect(wrong.map(({ event }) => event)).toEqual([]);
  });

  it('accepts every event the schema returns unchanged (a 4,000-event fuzz corpus)', () => {
    const missed = verdicts.filter(
      ({ event, fast, schema }) => !fast && schema.success && isDeepStrictEqual(schema.data, event),
    );
    expect(missed.map(({ event }) => event)).toEqual([]);
    // Not vacuous: a good share of the corpus is valid.
    expect(verdicts.filter(({ fast }) => fast).length).toBeGreaterThan(events.length / 20);
  });

  it('leaves the schema to clean what it would change (an attribute named __proto__)', () => {
    const [, , cleaned] = verdicts;
    expect(cleaned?.fast).toBe(false);
    expect(cleaned?.schema.success).toBe(true);
  });

  it('leaves values JSON cannot carry to the schema', () => {
    const odd: unknown[] = [
      { ...VALID, customerKey: undefined },
      { ...VALID, attributes: { when: new Date() } },
      { ...VALID, attributes: Object.assign(Object.create(null), { a: 1 }) },
      Object.assign(Object.create(null), VALID),
      new (class Event {
        id = VALID.id;
      })(),
    ];
    for (const event of odd) expect(isWellFormedEvent(event)).toBe(false);
  });
});
