import { useShallow } from 'zustand/react/shallow';
import { exportChecklists } from '@/lib/db/checklists';
import { db } from '@/lib/db/db';
import { ChecklistList } from './checklist-list';
import { downloadText, exportFilename } from './download';
import { Editor } from './editor';
import { ImportDialog } from './import-dialog';
import { useChecklistsStore } from './store';
import { useChecklists, useUsage } from './use-data';
import { useT } from './use-t';

/** The trainer editor: the list on the left, the open checklist on the right (issue 5). */
export function App() {
  const t = useT();
  const summaries = useChecklists();
  const usage = useUsage();
  const { notice, setNotice, importOpen, setImportOpen } = useChecklistsStore(
    useShallow(({ notice, setNotice, importOpen, setImportOpen }) => ({
      notice,
      setNotice,
      importOpen,
      setImportOpen,
    })),
  );
  const exportIds = async (ids?: string[]) => {
    downloadText(exportFilename(ids), await exportChecklists(db, ids));
  };

  return (
    <div className="ce">
      <header className="ce__header">
        <div>
          <h1>
            <span className="ce__brand">Effortless</span> {t('pageTitle')}
          </h1>
          <p className="ce__subtitle">{t('pageSubtitle')}</p>
        </div>
        <div className="ce__notice" role="status" data-testid="notice">
          {notice && (
            <>
              {notice}
              <button
                type="button"
                className="link-button"
                aria-label={t('close')}
                onClick={() => setNotice(null)}
              >
                ×
              </button>
            </>
          )}
        </div>
      </header>
      <div className="ce__body">
        <ChecklistList
          summaries={summaries}
          usage={usage ?? {}}
          onImport={() => setImportOpen(true)}
          onExport={(ids) => void exportIds(ids)}
        />
        <main className="ce__main">
          {summaries === undefined ? (
            <p className="ce__empty">{t('loading')}</p>
          ) : (
            <Editor
              summaries={summaries}
              usage={usage ?? {}}
              onExport={(id) => void exportIds([id])}
            />
          )}
        </main>
      </div>
      {importOpen && <ImportDialog onClose={() => setImportOpen(false)} />}
    </div>
  );
}
