import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '@/lib/db';
import { exportLocalCsv, exportLocalData } from '@/lib/export/local-data';
import { detectDelimiter, parseCsv } from '@/lib/export/csv';
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
  it("reads quoted cells, doubled quotes and CRLF, split on the header's comma only", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\nBilling; address,2\n\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['Billing; address', '2'],
    ]);
  });

  it('splits on semicolons when the header does, keeping commas and quoted semicolons', () => {
    const csv = '\uFEFFcase_id;survey;value;note\r\nCS-1;ces;6;"late; again"\r\nCS-2;csat;4,5;a, b';
    expect(parseCsv(csv)).toEqual([
      ['case_id', 'survey', 'value', 'note'],
      ['CS-1', 'ces', '6', 'late; again'],
      ['CS-2', 'csat', '4,5', 'a, b'],
    ]);
  });

  it("follows Excel's sep= line, then the given delimiter", () => {
    expect(parseCsv('sep=;\na,b;c\n1,5;2')).toEqual([
      ['a,b', 'c'],
      ['1,5', '2'],
    ]);
    expect(parseCsv('a;b,c', ',')).toEqual([['a;b', 'c']]);
  });

  it.each([
    ['case_id,survey,value', ','],
    ['case_id;survey;value', ';'],
    ['"a;b";"c;d",e', ','],
    ['"x,y";z;w', ';'],
    ['\n\nid;value', ';'],
    ['single', ','],
  ] as const)('detects the delimiter of %j as %s', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
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

  it('imports a semicolon file as a French or Finnish spreadsheet saves it', async () => {
    const csv = '\uFEFFcase_id;survey;value;comment\r\nCS-10482;csat;4;"Billing; then address"\r\n';
    expect(await importSurveyCsv(db, csv)).toEqual({ imported: 1, errors: [] });
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
