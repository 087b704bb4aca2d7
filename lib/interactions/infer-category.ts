import { foldText } from '@/lib/checklists/context';
import { categoryNames } from './categories';

/** Labels a CRM puts right before the contact reason, in EN/FR/FI (folded). */
const REASON_LABEL =
  /\b(category|contact reason|reason|categorie|motif|raison|kategoria|luokka|yhteydenoton syy|syy)\b/g;
/** Between the label and its value: a colon, a dash or spaces, nothing more. */
const GAP = /^[\s:–—-]*/;

const normal = (text: string) => ` ${foldText(text).replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;

/**
 * The contact reason of the case on screen: one of the team's reasons (under any of its names)
 * written right after a "Category"/"Reason" label, as a case page shows "Category: Address
 * change". A reason merely mentioned on the page (a subject, an old case in a list whose column
 * header is "Category") is not the reason of this contact, so nothing is guessed from it.
 */
export function inferCategory(
  pageText: string | undefined,
  categories: readonly string[],
): string | undefined {
  if (!pageText) return undefined;
  const text = normal(pageText);
  const names = categories.flatMap((category) =>
    categoryNames(category).map((name) => ({ category, name: normal(name).trim() })),
  );
  // Longest names first: "plan change" must win over "plan".
  names.sort((a, b) => b.name.length - a.name.length);
  for (const label of text.matchAll(REASON_LABEL)) {
    const after = text.slice(label.index + label[0].length);
    const value = ` ${after.slice(GAP.exec(after)![0].length)}`;
    const found = names.find(({ name }) => value.startsWith(` ${name} `));
    if (found) return found.category;
  }
  return undefined;
}
