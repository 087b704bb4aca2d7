import { foldText } from '@/lib/checklists/context';

/**
 * The contact reason as the CRM shows it: the first of the team's categories that appears as a
 * whole phrase in the page's text (e.g. a case page's "Category: Address change").
 */
export function inferCategory(
  pageText: string | undefined,
  categories: readonly string[],
): string | undefined {
  if (!pageText) return undefined;
  const text = ` ${foldText(pageText).replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;
  let best: { category: string; at: number } | undefined;
  for (const category of categories) {
    const at = text.indexOf(` ${foldText(category)} `);
    if (at >= 0 && (!best || at < best.at)) best = { category, at };
  }
  return best?.category;
}
