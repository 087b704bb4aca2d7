import type { AppDb } from '@/lib/db/app-db';
import { recordEvents } from '@/lib/db/events';
import type { EventRow } from '@/lib/db/schema';
import { EVENT_TYPES, SURVEYS, type Survey } from '@/lib/interactions/events';
import { ces, csat, nps } from '@/lib/metrics';
import { parseCsv } from './csv';

const SCORERS: Record<Survey, (a: readonly number[]) => unknown> = { ces, csat, nps };
export const MAX_IMPORT_ROWS = 10_000;

export interface ImportRowError {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  message: string;
}

export interface SurveyImportResult {
  imported: number;
  errors: ImportRowError[];
}

/**
 * Imports survey results (CSV with a header: `interaction_id` or `case_id`, `survey` = ces | csat
 * | nps, `value`, optional `answered_at`). Rows are matched to local interactions; every row that
 * cannot be used gets its own error, and the good rows are imported together.
 */
export async function importSurveyCsv(db: AppDb, text: string): Promise<SurveyImportResult> {
  const [header, ...lines] = parseCsv(text);
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => columns.indexOf(name);
  const missing = ['survey', 'value'].filter((c) => col(c) < 0);
  if (col('interaction_id') < 0 && col('case_id') < 0) missing.push('interaction_id or case_id');
  if (missing.length)
    return { imported: 0, errors: [{ line: 1, message: `Missing column: ${missing.join(', ')}` }] };
  if (lines.length > MAX_IMPORT_ROWS)
    return {
      imported: 0,
      errors: [{ line: 1, message: `At most ${MAX_IMPORT_ROWS} rows per file` }],
    };

  const interactions = new Map((await db.interactions.toArray()).map((i) => [i.id, i]));
  const caseFields = await db.capturedFields.where('key').equals('caseId').toArray();
  const byCase = new Map<string, string>();
  for (const f of caseFields.sort((a, b) => a.capturedAt - b.capturedAt))
    byCase.set(f.value.trim().toUpperCase(), f.interactionId);

  const errors: ImportRowError[] = [];
  const rows: EventRow[] = [];
  lines.forEach((cells, index) => {
    const line = index + 2;
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
    const survey = get('survey').toLowerCase() as Survey;
    const value = Number(get('value'));
    const interactionId = get('interaction_id') || byCase.get(get('case_id').toUpperCase()) || '';
    const interaction = interactions.get(interactionId);
    const at = get('answered_at')
      ? Date.parse(get('answered_at'))
      : (interaction?.endedAt ?? Date.now());
    if (!SURVEYS.includes(survey))
      return errors.push({ line, message: `Unknown survey "${get('survey')}" (ces, csat or nps)` });
    if (!get('value')) return errors.push({ line, message: 'Missing value' });
    try {
      SCORERS[survey]([value]);
    } catch (e) {
      return errors.push({ line, message: (e as Error).message });
    }
    if (!interaction)
      return errors.push({
        line,
        message: get('interaction_id')
          ? `No interaction ${get('interaction_id')} in this browser`
          : `No interaction found for case ${get('case_id') || '(empty)'}`,
      });
    if (Number.isNaN(at))
      return errors.push({ line, message: `Unreadable date "${get('answered_at')}"` });
    rows.push({
      id: crypto.randomUUID(),
      type: EVENT_TYPES.surveyAnswer,
      at,
      interactionId,
      ...(interaction.customerKey && { customerKey: interaction.customerKey }),
      attributes: { survey, value, source: 'import' },
    });
  });
  if (rows.length) await recordEvents(db, rows);
  return { imported: rows.length, errors };
}
