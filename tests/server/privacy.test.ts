// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventUploadResponseSchema } from '../../lib/sync/schema';
import { customerKey, DATABASES, makeEvent, upload, useCollector, type Collector } from './harness';

/** Raw identifiers as a careless client might send them (the demo CRM's customers look like this). */
const RAW = {
  email: 'helene.dubois-lefevre@example.fr',
  phone: '+33 6 12 34 56 78',
  phoneFi: '040-123 4567',
  account: 'ACC-004211',
  caseId: 'CASE-88213',
};

/** Every row of every table in the suite's schema, as text: whatever a column holds shows here. */
async function everyStoredRow(c: Collector): Promise<string[]> {
  const tables = await c.driver.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    [],
  );
  const rows: string[] = [];
  for (const { table_name: table } of tables) {
    for (const row of await c.driver.query(`SELECT t::text AS row FROM "${String(table)}" t`, [])) {
      rows.push(String(row.row));
    }
  }
  return rows;
}

/** Raw identifiers stay in the browser: what the collector stores never contains one. */
describe.each(DATABASES)('privacy on %s', (kind) => {
  const collector = useCollector(kind);

  it('rejects events carrying raw identifiers and stores none of the raw values', async () => {
    const key = customerKey();
    const clean = [
      makeEvent({
        customerKey: key,
        type: 'repeated_info',
        attributes: { field: 'accountNumber' },
      }),
      makeEvent({
        customerKey: key,
        type: 'interaction_started',
        attributes: { channel: 'phone', category: 'billing' },
      }),
    ];
    const leaky = [
      makeEvent({ customerKey: key, type: 'repeated_info', attributes: { field: RAW.email } }),
      makeEvent({ type: 'transfer', attributes: { note: `called back on ${RAW.phone}` } }),
      makeEvent({ type: 'transfer', attributes: { toQueue: RAW.phoneFi } }),
      makeEvent({
        type: 'checklist_item_skipped',
        attributes: { reason: { text: `customer ${RAW.account}` } },
      }),
      makeEvent({ type: 'hold', attributes: { tags: ['x', RAW.caseId] } }),
      makeEvent({ type: 'hold', customerKey: RAW.email }),
      makeEvent({ type: 'hold', customerKey: RAW.account }),
      { ...makeEvent({ type: 'hold' }), name: 'Hélène Dubois' },
    ];
    const reply = await collector.request('POST', '/v1/events', {
      token: collector.token('team-a', 'agent', 'agent-1'),
      body: upload([...clean, ...leaky]),
    });
    const { results } = eventUploadResponseSchema.parse(reply.body);
    expect(results.map((r) => r.status)).toEqual([
      ...clean.map(() => 'accepted'),
      ...leaky.map(() => 'rejected'),
    ]);
    // The rejection says what it looked like, never the value itself.
    for (const result of results) {
      for (const value of Object.values(RAW)) expect(result.message ?? '').not.toContain(value);
    }

    const stored = await everyStoredRow(collector);
    expect(stored.join('\n')).toContain(key); // the scan does see the rows
    const haystack = stored.join('\n');
    for (const value of [...Object.values(RAW), 'Hélène Dubois'])
      expect(haystack).not.toContain(value);
    // Phones also in any other spelling: compare digits only (long enough not to match by chance).
    const digits = haystack.replace(/\D/g, '');
    for (const phone of [RAW.phone, RAW.phoneFi])
      expect(digits).not.toContain(phone.replace(/\D/g, ''));
  });

  it('keeps legitimate values that only resemble identifiers: uuids, ISO times, durations', async () => {
    const event = makeEvent({
      type: 'checklist_item_checked',
      attributes: {
        checklistId: crypto.randomUUID(),
        at: new Date().toISOString(),
        durationSeconds: 1234567,
        version: 'v12',
      },
    });
    const reply = await collector.request('POST', '/v1/events', {
      token: collector.token('team-a', 'agent'),
      body: upload([event]),
    });
    expect(eventUploadResponseSchema.parse(reply.body).results[0]?.status).toBe('accepted');
  });
});
