import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import { matchChecklists, type Checklist } from '@/lib/checklists';
import { isRepeatContact } from '@/lib/checklists/match-context';
import { limitNudgeItems } from '@/lib/checklists/nudge-limit';
import { itemStates, nudgeOrder } from '@/lib/checklists/nudges';
import { loadChecklists } from '@/lib/db/checklists';
import { db } from '@/lib/db/db';
import type { EventRow, InteractionRow } from '@/lib/db/schema';
import { recordChecklistShown } from '@/lib/interactions';
import type { SignalType } from '@/lib/signals';
import { fieldsOf, type TabContext } from '@/lib/tabs/tab-context';

const NONE: Checklist[] = [];

/** The checklists nudged in this interaction, their items' states, and `checklist_shown` events. */
export function useNudges(
  interaction: InteractionRow | undefined,
  context: TabContext | null,
  events: readonly EventRow[],
  signals: readonly EventRow[],
) {
  const { language } = useI18n();
  const all = useLiveQuery(() => loadChecklists(db), []) ?? NONE;
  const matched = useMemo(() => {
    if (!interaction) return NONE;
    const result = matchChecklists(all, {
      fields: fieldsOf(context),
      category: interaction.category,
      pageText: context?.pageText,
      url: context?.url,
      repeatContact: isRepeatContact(interaction.repeat),
      signals: signals.map((s) => s.type as SignalType),
      language,
    });
    return result.map((m) => m.checklist);
  }, [all, interaction, context, signals, language]);
  const shown = useMemo(
    () => limitNudgeItems(nudgeOrder(matched, all, events)),
    [matched, all, events],
  );
  const states = useMemo(() => itemStates(events), [events]);

  useEffect(() => {
    if (!interaction) return;
    for (const c of shown) void recordChecklistShown(db, interaction, c.id, c.version);
  }, [interaction, shown]);
  return { checklists: shown, states };
}
