import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '@/components/i18n';
import { LANGUAGES, localize, missingTranslations, type Checklist } from '@/lib/checklists';
import { checklistOf, draftOf, type Draft } from '@/lib/checklists/draft';
import { draftProblems, shownProblems } from '@/lib/checklists/draft-problems';
import { locationWords, problemWords } from '@/lib/checklists/locations';
import { publishOutcome } from '@/lib/checklists/publish';
import type { ChecklistUsage } from '@/lib/checklists/usage';
import {
  deleteChecklist,
  duplicateChecklist,
  saveChecklistVersion,
  setChecklistStatus,
  type ChecklistSummary,
} from '@/lib/db/checklists';
import { db } from '@/lib/db/db';
import { createChecklistsTranslator } from '@/lib/i18n/checklists-translate';
import { sendMessage } from '@/lib/messaging';
import { ConfirmDialog } from './confirm-dialog';
import { ContentForm } from './content-form';
import { HistoryPanel } from './history-panel';
import { useChecklistsStore, type EditorTab } from './store';
import { TriggerPanel } from './trigger-panel';
import { UsagePanel } from './usage-panel';
import { useT, useWords } from './use-t';

interface Props {
  summaries: ChecklistSummary[];
  usage: Record<string, ChecklistUsage>;
  onExport: (id: string) => void;
}

/** The right column: the open checklist (or a new one), its actions and its tabs. */
export function Editor({ summaries, usage, onExport }: Props) {
  const t = useT();
  const { selectedId, draft } = useChecklistsStore(
    useShallow((s) => ({ selectedId: s.selectedId, draft: s.draft })),
  );
  const summary = summaries.find((s) => s.checklist.id === selectedId);
  if (draft?.isNew)
    return (
      <EditorFor key="new" draft={draft} summaries={summaries} usage={usage} onExport={onExport} />
    );
  if (!summary) return <p className="ce__empty">{t('selectPrompt')}</p>;
  return (
    <EditorFor
      key={summary.checklist.id}
      draft={draft ?? draftOf(summary.checklist)}
      dirty={draft !== null}
      summary={summary}
      summaries={summaries}
      usage={usage}
      onExport={onExport}
    />
  );
}

const TABS: readonly EditorTab[] = ['content', 'triggers', 'history', 'usage'];

interface EditorForProps extends Props {
  draft: Draft;
  dirty?: boolean;
  summary?: ChecklistSummary;
}

function EditorFor({ draft, dirty = true, summary, summaries, usage, onExport }: EditorForProps) {
  const t = useT();
  const { language } = useI18n();
  const { tab, setTab, setDraft, select, setNotice } = useChecklistsStore(
    useShallow((s) => ({
      tab: s.tab,
      setTab: s.setTab,
      setDraft: s.setDraft,
      select: s.select,
      setNotice: s.setNotice,
    })),
  );
  const words = useWords();
  const [confirmDelete, setConfirmDelete] = useState(false);
  // What the draft was when opened, and whether the trainer tried to save: until then only the
  // problems of what they changed are shown (issue 11, point 9: no error before typing).
  const [pristine] = useState(draft);
  const [attempted, setAttempted] = useState(false);
  const errorsRef = useRef<HTMLDivElement>(null);
  const latest = summary?.checklist;
  const nextVersion = (latest?.version ?? 0) + 1;
  const candidate = useMemo(() => checklistOf(draft), [draft]);
  const errors = useMemo(
    () =>
      draftProblems(candidate, {
        isNew: draft.isNew,
        takenIds: summaries.map((s) => s.checklist.id),
      }),
    [candidate, draft.isNew, summaries],
  );
  const shown = useMemo(() => {
    const lines = new Map<string, string>();
    for (const error of shownProblems(errors, draft, pristine, attempted)) {
      const where = locationWords(error.path, words, candidate.triggers);
      const what =
        error.path === '$.id' && !error.problem
          ? t('problemIdTaken', { id: candidate.id })
          : problemWords(error, words);
      // One line per place: an empty id is also "not lower-case letters".
      if (!lines.has(where)) lines.set(where, what);
    }
    return [...lines];
  }, [errors, draft, pristine, attempted, words, candidate, t]);
  const missing = useMemo(() => missingTranslations(candidate as Checklist), [candidate]);

  /** Sends a published version to the team's collector and says whether agents got it. */
  const publish = async (id: string, version: number) => {
    const reply = await sendMessage('publishChecklist', { id, version }).catch(
      (error: unknown) => ({ status: 'failed' as const, detail: String(error) }),
    );
    const outcome = publishOutcome(reply);
    setNotice(t(outcome.key, outcome.params));
  };
  const save = async () => {
    if (errors.length > 0) {
      setAttempted(true);
      errorsRef.current?.focus();
      return;
    }
    const result = await saveChecklistVersion(db, candidate);
    if (!result.ok) return setAttempted(true);
    select(result.checklist.id);
    setNotice(t('savedVersion', { version: result.checklist.version }));
    // Issue 11, point 9: saving a published checklist publishes it, like "Publish" does.
    if (result.checklist.status === 'published') {
      await publish(result.checklist.id, result.checklist.version);
    }
  };
  const toggleStatus = async () => {
    if (!latest) return;
    const status = latest.status === 'draft' ? 'published' : 'draft';
    const result = await setChecklistStatus(db, latest.id, status);
    if (!result.ok) return;
    setNotice(t('savedVersion', { version: result.checklist.version }));
    // Issue 6: publishing also sends it to the team's collector, when one is configured.
    if (status === 'published') await publish(latest.id, result.checklist.version);
  };
  const duplicate = async () => {
    if (!latest) return;
    const suffix = Object.fromEntries(
      LANGUAGES.map((lang) => [lang, createChecklistsTranslator(lang)('copySuffix')]),
    );
    const result = await duplicateChecklist(db, latest.id, suffix);
    if (!result.ok) return;
    select(result.checklist.id);
    setNotice(t('duplicated', { id: result.checklist.id }));
  };
  const remove = async () => {
    if (!latest) return;
    await deleteChecklist(db, latest.id);
    setConfirmDelete(false);
    select(null);
    setNotice(t('deleted', { id: latest.id }));
  };
  const visibleTabs = draft.isNew ? TABS.slice(0, 2) : TABS;
  const activeTab = visibleTabs.includes(tab) ? tab : 'content';
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = visibleTabs.indexOf(activeTab);
    const next = visibleTabs[(index + step + visibleTabs.length) % visibleTabs.length]!;
    setTab(next);
    document.getElementById(`ce-tab-${next}`)?.focus();
  };
  const tabLabel: Record<EditorTab, string> = {
    content: t('tabContent'),
    triggers: t('tabTriggers'),
    history: t('tabHistory'),
    usage: t('tabUsage'),
  };
  const title = localize(candidate.title, language) || t('newTitle');

  return (
    <div className="ce-editor" data-testid="editor">
      <div className="ce-editor__head">
        <div className="ce-editor__heading">
          <h2 data-testid="editor-title">{title}</h2>
          <p className="ce-editor__meta">
            {latest ? (
              <>
                <code>{latest.id}</code>
                <span data-testid="editor-version">
                  {t('versionShort', { version: latest.version })}
                </span>
                <span>
                  {t('updated', { date: new Date(latest.updatedAt).toLocaleString(language) })}
                </span>
              </>
            ) : (
              <span>{t('newTitle')}</span>
            )}
            {dirty && (
              <span className="badge badge--dirty" data-testid="dirty">
                {t('unsaved')}
              </span>
            )}
          </p>
        </div>
        <div className="ce-editor__actions">
          {dirty && (
            <button
              type="button"
              className="button"
              data-testid="discard"
              onClick={() => (draft.isNew ? select(null) : setDraft(null))}
            >
              {t('discard')}
            </button>
          )}
          {dirty || !latest ? (
            <button
              type="button"
              className="button button--primary"
              data-testid="save"
              aria-invalid={attempted && errors.length > 0 ? true : undefined}
              onClick={() => void save()}
            >
              {t('saveVersion', { version: nextVersion })}
            </button>
          ) : (
            <button
              type="button"
              className={`button${latest.status === 'draft' ? ' button--primary' : ''}`}
              data-testid="toggle-status"
              onClick={() => void toggleStatus()}
            >
              {latest.status === 'draft'
                ? t('publishAs', { version: nextVersion })
                : t('unpublishAs', { version: nextVersion })}
            </button>
          )}
          {latest && (
            <>
              <button
                type="button"
                className="button"
                data-testid="duplicate"
                onClick={() => void duplicate()}
              >
                {t('duplicate')}
              </button>
              <button
                type="button"
                className="button"
                data-testid="export-one"
                onClick={() => onExport(latest.id)}
              >
                {t('exportOne')}
              </button>
              <button
                type="button"
                className="button button--danger"
                data-testid="delete"
                onClick={() => setConfirmDelete(true)}
              >
                {t('deleteButton')}
              </button>
            </>
          )}
        </div>
      </div>
      {dirty && shown.length > 0 && (
        <div
          className="ce-errors"
          role="alert"
          tabIndex={-1}
          ref={errorsRef}
          data-testid="save-errors"
        >
          <strong>{t('errorsTitle', { count: shown.length })}</strong>
          <ul>
            {shown.slice(0, 8).map(([where, what]) => (
              <li key={where}>
                <strong>{where}</strong>: {what}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="ce-tabs" role="tablist" aria-label={title} onKeyDown={onTabKey}>
        {visibleTabs.map((id) => (
          <button
            key={id}
            id={`ce-tab-${id}`}
            type="button"
            role="tab"
            className="ce-tabs__tab"
            data-testid={`tab-${id}`}
            aria-selected={activeTab === id}
            aria-controls={`ce-panel-${id}`}
            tabIndex={activeTab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {tabLabel[id]}
          </button>
        ))}
      </div>
      <section
        id={`ce-panel-${activeTab}`}
        role="tabpanel"
        aria-labelledby={`ce-tab-${activeTab}`}
        className="ce-panel"
      >
        {activeTab === 'content' && (
          <ContentForm draft={draft} missing={missing} onChange={setDraft} />
        )}
        {activeTab === 'triggers' && (
          <TriggerPanel
            draft={draft}
            candidate={candidate}
            others={summaries.map((s) => s.checklist)}
            onChange={setDraft}
          />
        )}
        {activeTab === 'history' && latest && <HistoryPanel current={latest} />}
        {activeTab === 'usage' && latest && (
          <UsagePanel checklist={latest} usage={usage[latest.id]} />
        )}
      </section>
      {confirmDelete && latest && (
        <ConfirmDialog
          title={t('confirmDeleteTitle')}
          confirmLabel={t('deleteButton')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        >
          {t('confirmDelete', {
            title: localize(latest.title, language),
            count: summary?.versions ?? 1,
          })}
        </ConfirmDialog>
      )}
    </div>
  );
}
