import { foldText } from '@/lib/checklists/context';

/** Labels a CRM puts before the contact reason, in EN/FR/FI (folded). */
const REASON_LABEL =
  /\b(category|reason|contact reason|categorie|motif|raison|kategoria|luokka|syy|aihe)\b/g;
/** How far after such a label the reason may sit (label: value, or label on its own line). */
const NEAR = 80;

/**
 * The contact reason as the CRM shows it: one of the team's categories found right after a
 * "Category"/"Reason" label (a case page's "Category: Address change"); else the first one in the
 * page's text. Whole phrases only, accents and case ignored.
 */
export function inferCategory(
  pageText: string | undefined,
  categories: readonly string[],
): string | undefined {
  if (!pageText) return undefined;
  const text = ` ${foldText(pageText).replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;
  const find = (from: number, to: number) => {
    let best: { category: string; at: number } | undefined;
    for (const category of categories) {
      const at = text.indexOf(` ${foldText(category)} `, from);
      if (at >= 0 && at <= to && (!best || at < best.at)) best = { category, at };
    }
    return best?.category;
  };
  for (const label of text.matchAll(REASON_LABEL)) {
    const found = find(label.index, label.index + label[0].length + NEAR);
    if (found) return found;
  }
  return find(0, text.length);
}
