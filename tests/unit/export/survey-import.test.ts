import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '@/lib/db';
import { exportLocalCsv, exportLocalData } from '@/lib/export/local-data';
import { parseCsv } from '@/lib/export/csv';
import { importSurveyCsv } from '@/lib/export/survey-import';
import { startInteraction } from '@/lib/interactions';

let db: AppDb;
let interactionId: string;
beforeEach(async () => {
  db = new AppDb(`import-${crypto.randomUUID()}`);
  await db.open();
  const i = await startInteraction(db, {
    customerKey: 'k.1',
    channel: 'phone',
    fields: [
      { key: 'caseId', value: 'CS-10482', source: 'label' },
      { key: 'accountNumber', value: 'ACC-004211', source: 'label' },
    ],
  });
  interactionId = i.id;
});
afterEach(() => db.delete());

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes, semicolons and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n1;2\n\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', '2'],
    ]);
  });
});

describe('importSurveyCsv', () => {
  it('imports good rows by case id or interaction id and reports each bad row', async () => {
    const csv = [
      'case_id,interaction_id,survey,value',
      'cs-10482,,ces,6',
      `,${interactionId},nps,10`,
      'CS-00000,,csat,4',
      'CS-10482,,ces,9',
      'CS-10482,,sat,3',
      'CS-10482,,csat,',
    ].join('\n');
    const result = await importSurveyCsv(db, csv);
    expect(result.imported).toBe(2);
    expect(result.errors).toEqual([
      { line: 4, message: 'No interaction found for case CS-00000' },
      { line: 5, message: expect.stringContaining('CES') },
      { line: 6, message: 'Unknown survey "sat" (ces, csat or nps)' },
      { line: 7, message: 'Missing value' },
    ]);
    const answers = (await db.events.toArray()).filter((e) => e.type === 'survey_answer');
    const bySurvey = answers
      .map((a) => a.attributes)
      .sort((a, b) => String(a?.survey).localeCompare(String(b?.survey)));
    expect(bySurvey).toEqual([
      { survey: 'ces', value: 6, source: 'import' },
      { survey: 'nps', value: 10, source: 'import' },
    ]);
    expect(await db.outbox.count()).toBe(await db.events.count());
  });

  it('refuses a file without the needed columns and imports nothing', async () => {
    const result = await importSurveyCsv(db, 'ticket,score\nCS-10482,5\n');
    expect(result).toEqual({
      imported: 0,
      errors: [{ line: 1, message: 'Missing column: survey, value, interaction_id or case_id' }],
    });
    expect(await db.events.count()).toBe(1);
  });
});

describe('export', () => {
  it('exports interactions and events without raw identifiers', async () => {
    const json = JSON.stringify(await exportLocalData(db));
    const csv = await exportLocalCsv(db);
    for (const text of [json, csv]) {
      expect(text).toContain('interaction_started');
      expect(text).not.toContain('ACC-004211');
      expect(text).not.toContain('CS-10482');
    }
    expect(parseCsv(csv)[0]).toContain('event_type');
  });
});
