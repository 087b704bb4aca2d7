import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '@/components/i18n';
import type { Checklist } from '@/lib/checklists';
import { diffChecklists, type ChecklistChange } from '@/lib/checklists/diff';
import { changeWords } from '@/lib/checklists/diff-words';
import { restoreChecklistVersion } from '@/lib/db/checklists';
import { db } from '@/lib/db/db';
import { useChecklistsStore } from './store';
import { useHistory } from './use-data';
import { useT, useWords } from './use-t';

/** Every version, newest first; a diff between any older one and the current; restore. */
export function HistoryPanel({ current }: { current: Checklist }) {
  const t = useT();
  const { language } = useI18n();
  const history = useHistory(current.id);
  const { compareVersion, setCompareVersion, setNotice, draft } = useChecklistsStore(
    useShallow((s) => ({
      compareVersion: s.compareVersion,
      setCompareVersion: s.setCompareVersion,
      setNotice: s.setNotice,
      draft: s.draft,
    })),
  );
  // Compare with the trainer's pick, else the version before the current one.
  const older = history?.find(
    (v) => v.version === (compareVersion ?? current.version - 1) && v.version !== current.version,
  );
  const changes = useMemo(() => (older ? diffChecklists(older, current) : []), [older, current]);
  const restore = async (version: number) => {
    const result = await restoreChecklistVersion(db, current.id, version);
    if (result.ok) {
      setCompareVersion(null);
      setNotice(t('restored', { from: version, version: result.checklist.version }));
    }
  };

  return (
    <div className="ce-history">
      <section aria-labelledby="ce-versions-title">
        <h3 id="ce-versions-title">{t('versions')}</h3>
        <ol className="ce-versions" data-testid="versions">
          {(history ?? []).map((v) => (
            <li
              key={v.version}
              className={v.version === older?.version ? 'is-selected' : undefined}
              data-testid={`version-${v.version}`}
            >
              <strong>{t('versionShort', { version: v.version })}</strong>
              <span className={`badge badge--${v.status}`}>
                {v.status === 'draft' ? t('statusDraft') : t('statusPublished')}
              </span>
              <span className="ce-versions__date">
                {new Date(v.updatedAt).toLocaleString(language)}
              </span>
              {v.version === current.version ? (
                <em>{t('current')}</em>
              ) : (
                <span className="ce-versions__actions">
                  <button
                    type="button"
                    className="button"
                    data-testid={`compare-${v.version}`}
                    aria-pressed={v.version === older?.version}
                    onClick={() => setCompareVersion(v.version)}
                  >
                    {t('compare')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-testid={`restore-${v.version}`}
                    disabled={draft !== null}
                    onClick={() => void restore(v.version)}
                  >
                    {t('restore')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>
      {older && (
        <section aria-labelledby="ce-diff-title" data-testid="diff">
          <h3 id="ce-diff-title">{t('diffTitle', { from: older.version, to: current.version })}</h3>
          {changes.length === 0 ? (
            <p className="ce-hint">{t('noDiff')}</p>
          ) : (
            <table className="ce-diff">
              <thead>
                <tr>
                  <th scope="col">{t('diffWhere')}</th>
                  <th scope="col">{t('before')}</th>
                  <th scope="col">{t('after')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <DiffRow
                    key={`${change.path}:${change.kind}`}
                    change={change}
                    older={older}
                    current={current}
                  />
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}

function DiffRow({
  change,
  older,
  current,
}: {
  change: ChecklistChange;
  older: Checklist;
  current: Checklist;
}) {
  const t = useT();
  const words = useWords();
  // Issue 11, point 9: where and what in words, never `$.items[1].why.fi` or `any(…)`.
  const said = changeWords(change, older, current, words);
  const kind = {
    added: t('changeAdded'),
    removed: t('changeRemoved'),
    changed: t('changeChanged'),
  }[change.kind];
  return (
    <tr data-testid="diff-row" data-path={change.path}>
      <th scope="row">
        {said.where} <span className={`badge badge--${change.kind}`}>{kind}</span>
      </th>
      <td className="ce-diff__before">{said.before ?? '—'}</td>
      <td className="ce-diff__after">{said.after ?? '—'}</td>
    </tr>
  );
}
