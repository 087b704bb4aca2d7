import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '@/components/i18n';
import {
  DEFAULT_MATCH_LIMIT,
  explainMatch,
  matchChecklists,
  type Checklist,
  type ConditionResult,
} from '@/lib/checklists';
import { testerContext } from '@/lib/checklists/match-context';
import type { Draft } from '@/lib/checklists/draft';
import { LiveTester } from './live-tester';
import { useChecklistsStore } from './store';
import { TriggerNode } from './trigger-builder';
import { useCapturedTabs, usePageText, useTabInteraction } from './use-crm-tabs';
import { useT } from './use-t';

interface Props {
  draft: Draft;
  /** The draft in checklist form (see `checklistOf`): what the tester evaluates. */
  candidate: Omit<Checklist, 'version' | 'updatedAt'>;
  /** The newest version of every checklist, to rank the candidate among them. */
  others: readonly Checklist[];
  onChange: (draft: Draft) => void;
}

/** The trigger builder, with the live tester's verdict on a CRM tab beside every condition. */
export function TriggerPanel({ draft, candidate, others, onChange }: Props) {
  const t = useT();
  const { language } = useI18n();
  const { testerTabId, simulation } = useChecklistsStore(
    useShallow((s) => ({ testerTabId: s.testerTabId, simulation: s.simulation })),
  );
  const tabs = useCapturedTabs();
  // The trainer's pick while that tab still has a capture, else the most recently captured tab.
  const tab = tabs?.find((c) => c.tabId === testerTabId) ?? tabs?.[0];
  const [nonce, setNonce] = useState(0);
  const pageText = usePageText(tab?.tabId, `${tab?.capturedAt}:${nonce}`);
  const live = useTabInteraction(tab?.tabId);

  const evaluation = useMemo(() => {
    if (!tab || pageText.status !== 'ready') return null;
    const context = testerContext({
      tab,
      pageText: pageText.text,
      interaction: live?.interaction,
      signals: live?.signals ?? [],
      simulation,
      language,
    });
    const checklist = { ...candidate, version: 1, updatedAt: '' } as Checklist;
    const result = explainMatch(checklist, context);
    const ranked = matchChecklists(
      [...others.filter((c) => c.id !== checklist.id), checklist],
      context,
      { includeDrafts: true, limit: Number.MAX_SAFE_INTEGER },
    );
    const rank = ranked.findIndex((m) => m.checklist === checklist) + 1;
    return { context, result, rank, count: ranked.length };
  }, [tab, pageText, live, simulation, language, candidate, others]);
  const results = useMemo(
    () =>
      new Map<string, ConditionResult>(
        (evaluation?.result.conditions ?? []).map((c) => [c.path, c]),
      ),
    [evaluation],
  );

  return (
    <div className="ce-triggers">
      <section className="ce-builder" aria-labelledby="ce-trigger-title">
        <div className="ce-section-head">
          <h3 id="ce-trigger-title">{t('trigger')}</h3>
          <p className="ce-hint">{t('triggerHint')}</p>
          {evaluation && (
            <span
              className={`ce-verdict ${evaluation.result.matched ? 'is-match' : 'is-miss'}`}
              data-testid="builder-verdict"
            >
              {evaluation.result.matched ? `✓ ${t('wouldFire')}` : `✗ ${t('wouldNotFire')}`}
            </span>
          )}
        </div>
        <div data-testid="trigger-builder">
          <TriggerNode
            node={draft.triggers}
            path="$.triggers"
            depth={1}
            results={results}
            onChange={(triggers) => onChange({ ...draft, triggers })}
          />
        </div>
      </section>
      <LiveTester
        tabs={tabs}
        tab={tab}
        pageText={pageText}
        interaction={live?.interaction}
        evaluation={evaluation}
        limit={DEFAULT_MATCH_LIMIT}
        triggers={candidate.triggers}
        onReread={() => setNonce((n) => n + 1)}
      />
    </div>
  );
}
