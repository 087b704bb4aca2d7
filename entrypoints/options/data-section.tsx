import { useState, type ChangeEvent } from 'react';
import { useI18n } from '@/components/i18n';
import { db } from '@/lib/db/db';
import { downloadText } from '@/lib/export/download';
import { exportLocalCsv, exportLocalData } from '@/lib/export/local-data';
import { importSurveyCsv, type SurveyImportResult } from '@/lib/export/survey-import';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export the agent's local data; import survey results for the team lead. */
export function DataSection() {
  const { t } = useI18n();
  const [result, setResult] = useState<SurveyImportResult | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setResult(await importSurveyCsv(db, await file.text()));
    event.target.value = '';
  };
  return (
    <section className="card" aria-labelledby="data-title" data-testid="data-section">
      <h2 id="data-title" className="card__title">
        {t('yourData')}
      </h2>
      <p className="footer-status">{t('exportHint')}</p>
      <div className="choice-row">
        <button
          type="button"
          className="button"
          data-testid="export-csv"
          onClick={() =>
            void exportLocalCsv(db).then((csv) =>
              downloadText(`effortless-${stamp()}.csv`, csv, 'text/csv'),
            )
          }
        >
          {t('exportData')} · {t('exportCsv')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-json"
          onClick={() =>
            void exportLocalData(db).then((data) =>
              downloadText(`effortless-${stamp()}.json`, JSON.stringify(data, null, 2)),
            )
          }
        >
          {t('exportData')} · {t('exportJson')}
        </button>
      </div>
      <div className="form-row">
        <label htmlFor="survey-file">{t('importSurveys')}</label>
        <p className="footer-status">{t('importSurveysHint')}</p>
        <input
          id="survey-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void onFile(e)}
          data-testid="survey-file"
        />
      </div>
      {result && (
        <div role="status" data-testid="import-result">
          <p>{t('importedRows', { count: result.imported })}</p>
          {result.errors.length > 0 && (
            <ul className="notice__error">
              {result.errors.map((e) => (
                <li key={e.line}>{t('importRowError', { line: e.line, message: e.message })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
