import type { InteractionRow } from '@/lib/db/schema';
import { fieldsOf, type TabContext } from '@/lib/tabs/tab-context';
import type { SignalType } from '@/lib/signals/taxonomy';
import { PAGE_TEXT_LIMIT, type MatchContext } from './context';
import type { Language } from './languages';

/**
 * Whether an interaction is a repeat contact, from the summary stored when it started. `count`
 * includes the current contact (1 = first contact, see `detectRepeatContact`), so a repeat is
 * `count > 1`; no summary yet means a first contact. The side panel's nudges and the trainer's
 * live tester both read it here (issue 15, drift 1: the tester had `count > 0`).
 *
 * @example isRepeatContact({ count: 1 }) // false: the first contact in the window
 */
export function isRepeatContact(repeat: { count: number } | undefined): boolean {
  return (repeat?.count ?? 1) > 1;
}

/** What the trainer typed to simulate an interaction the CRM tab does not have. */
export interface Simulation {
  category?: string;
  repeatContact?: boolean;
  signals?: SignalType[];
}

/** Everything the live tester knows about one CRM tab. */
export interface TesterInputs {
  tab: TabContext;
  /** The tab's visible text read just now; null when the page could not be read. */
  pageText: string | null;
  /** The interaction open on that tab, if the agent (or auto-start) began one. */
  interaction?: Pick<InteractionRow, 'category' | 'repeat'>;
  /** Effort signals standing in that interaction. */
  signals: readonly SignalType[];
  /** What the trainer typed to simulate; each part, when set, replaces the tab's value. */
  simulation: Simulation;
  language: Language;
}

/**
 * How the trainer's live tester turns a CRM tab into the matcher's context (issue 5):
 * - `fields`: the tab's captured fields (`fieldsOf`: the capture plus the agent's own additions);
 * - `url`: the tab's URL;
 * - `pageText`: the tab's `document.body.innerText`, read on demand through `scripting`; when
 *   that fails, the tab title and captured labels/values stand in (and the UI says so);
 * - `category`, `repeatContact`, `signals`: from the interaction open on that tab, as the side
 *   panel would see them (`isRepeatContact`), unless the trainer simulates them;
 * - `language`: the editor's UI language.
 *
 * @example testerContext({ tab, pageText: null, signals: [], simulation: {}, language: 'fr' })
 */
export function testerContext({
  tab,
  pageText,
  interaction,
  signals,
  simulation,
  language,
}: TesterInputs): MatchContext {
  const fields = fieldsOf(tab);
  const fallback = [tab.title, ...fields.map((f) => `${f.label ?? f.key}: ${f.value}`)].join('\n');
  const category = simulation.category ?? interaction?.category;
  return {
    fields: fields.map(({ key, value }) => ({ key, value })),
    url: tab.url,
    pageText: (pageText ?? fallback).slice(0, PAGE_TEXT_LIMIT),
    category: category?.trim() ? category : undefined,
    repeatContact: simulation.repeatContact ?? isRepeatContact(interaction?.repeat),
    signals: simulation.signals ?? signals,
    language,
  };
}
