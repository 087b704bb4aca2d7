import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '@/components/i18n';
import { foldText, localize, type Checklist } from '@/lib/checklists';
import type { ChecklistUsage } from '@/lib/checklists/usage';
import type { ChecklistSummary } from '@/lib/db/checklists';
import { newDraft } from '@/lib/checklists/draft';
import { useChecklistsStore, type ListSlice } from './store';
import { useT } from './use-t';

/** Whether the search words all appear in the id, a title or a description, in any language. */
function matchesSearch(checklist: Checklist, search: string): boolean {
  const words = foldText(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(
    [
      checklist.id,
      ...Object.values(checklist.title),
      ...Object.values(checklist.description ?? {}),
    ].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

const FILTERS = ['all', 'draft', 'published'] as const;

interface Props {
  summaries: ChecklistSummary[] | undefined;
  usage: Record<string, ChecklistUsage>;
  onImport: () => void;
  onExport: (ids?: string[]) => void;
}

/** The left column: search, status filter, the checklists, import and export. */
export function ChecklistList({ summaries, usage, onImport, onExport }: Props) {
  const t = useT();
  const { language } = useI18n();
  const state = useChecklistsStore(
    useShallow((s) => ({
      search: s.search,
      statusFilter: s.statusFilter,
      exportIds: s.exportIds,
      selectedId: s.selectedId,
      draft: s.draft,
    })),
  );
  const actions = useChecklistsStore.getState();
  const visible = useMemo(
    () =>
      (summaries ?? []).filter(
        ({ checklist }) =>
          (state.statusFilter === 'all' || checklist.status === state.statusFilter) &&
          matchesSearch(checklist, state.search),
      ),
    [summaries, state.statusFilter, state.search],
  );
  // Ticked ids of checklists deleted since are not exported (nor counted).
  const exportIds = state.exportIds.filter((id) => summaries?.some((s) => s.checklist.id === id));
  const filterLabel: Record<ListSlice['statusFilter'], string> = {
    all: t('statusAll'),
    draft: t('statusDraft'),
    published: t('statusPublished'),
  };
  const confirmDiscard = () => !state.draft || window.confirm(t('discardConfirm'));
  const open = (id: string) => {
    if (id === state.selectedId && !state.draft?.isNew) return;
    if (confirmDiscard()) actions.select(id);
  };
  const create = () => {
    if (!confirmDiscard()) return;
    actions.select(null);
    actions.setDraft(newDraft());
    actions.setTab('content');
  };

  return (
    <aside className="ce-list" aria-label={t('pageTitle')}>
      <div className="ce-list__tools">
        <button
          type="button"
          className="button button--primary"
          data-testid="new-checklist"
          onClick={create}
        >
          + {t('newChecklist')}
        </button>
        <button type="button" className="button" data-testid="open-import" onClick={onImport}>
          {t('importButton')}
        </button>
      </div>
      <label className="ce-field">
        <span className="ce-field__label">{t('search')}</span>
        <input
          type="search"
          data-testid="search"
          placeholder={t('searchPlaceholder')}
          value={state.search}
          onChange={(e) => actions.setSearch(e.target.value)}
        />
      </label>
      <fieldset className="ce-segmented">
        <legend className="ce-field__label">{t('statusFilter')}</legend>
        {FILTERS.map((filter) => (
          <label key={filter} className="ce-segmented__option">
            <input
              type="radio"
              name="status-filter"
              value={filter}
              data-testid={`filter-${filter}`}
              checked={state.statusFilter === filter}
              onChange={() => actions.setStatusFilter(filter)}
            />
            <span>{filterLabel[filter]}</span>
          </label>
        ))}
      </fieldset>
      <p className="ce-list__count">{t('listCount', { count: visible.length })}</p>
      <ul className="ce-list__items" data-testid="checklist-list">
        {visible.length === 0 && <li className="ce__empty">{t('noChecklists')}</li>}
        {visible.map(({ checklist, publishedVersion }) => {
          const title = localize(checklist.title, language);
          const counts = usage[checklist.id];
          const selected = checklist.id === state.selectedId;
          return (
            <li
              key={checklist.id}
              className={`ce-list__item${selected ? ' is-selected' : ''}`}
              data-testid={`list-item-${checklist.id}`}
            >
              <input
                type="checkbox"
                aria-label={t('selectForExport', { title })}
                data-testid={`export-check-${checklist.id}`}
                checked={state.exportIds.includes(checklist.id)}
                onChange={() => actions.toggleExport(checklist.id)}
              />
              <button
                type="button"
                className="ce-list__open"
                aria-current={selected ? 'true' : undefined}
                onClick={() => open(checklist.id)}
              >
                <span className="ce-list__title">{title}</span>
                <span className="ce-list__meta">
                  <span className={`badge badge--${checklist.status}`}>
                    {checklist.status === 'draft' ? t('statusDraft') : t('statusPublished')}
                  </span>
                  <span>{t('versionShort', { version: checklist.version })}</span>
                  {checklist.status === 'draft' && (
                    <span>
                      {publishedVersion
                        ? t('publishedVersion', { version: publishedVersion })
                        : t('notPublished')}
                    </span>
                  )}
                  {counts && counts.shown > 0 && (
                    <span title={t('usageTitle')}>
                      {t('usageSummary', {
                        shown: counts.shown,
                        done: counts.done,
                        skipped: counts.skipped,
                      })}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="ce-list__tools">
        <button
          type="button"
          className="button"
          data-testid="export-selected"
          disabled={exportIds.length === 0}
          onClick={() => onExport(exportIds)}
        >
          {t('exportSelected', { count: exportIds.length })}
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-all"
          onClick={() => onExport()}
        >
          {t('exportAll')}
        </button>
      </div>
    </aside>
  );
}
