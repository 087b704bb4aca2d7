import type { Ctx } from './context';
import { classifyLabel } from './labels';
import { fold } from './text';
import type { Candidate } from './types';
import { textOf } from './value-text';

const IDENTITY = /^(?:accountNumber|customerName|email|phone|firstName|lastName|nameOrLast)$/;
const EMAILS = /[^\s@<>]+@[^\s@<>]+\.\w{2,}/g;

/**
 * Visible tables/grids that list several customers: two or more consecutive value rows, and an
 * identity column header (name, email, phone, account) or several email addresses.
 */
export function listTables(ctx: Ctx): Element[] {
  const out: Element[] = [];
  for (const t of ctx.scan.tables) {
    try {
      if (out.some((o) => o.contains(t)) || ctx.skip(t)) continue;
      // Two consecutive value rows are enough: stop reading rows there.
      let run = 0;
      for (const r of t.querySelectorAll('tr,[role=row]')) {
        // Key/value tables put several <th> in a row (Ant Design Descriptions): not a list row.
        const values = r.querySelectorAll('td,[role=gridcell],[role=cell]').length;
        run = values >= 2 && r.querySelectorAll('th').length <= 1 ? run + 1 : 0;
        if (run >= 2) break;
      }
      if (run < 2) continue;
      const heads = [...t.querySelectorAll('th,[role=columnheader]')];
      const ident = heads.some((h) => IDENTITY.test(classifyLabel(textOf(h))?.key ?? ''));
      if (ident || new Set(t.textContent?.match(EMAILS) ?? []).size >= 2) out.push(t);
    } catch {
      // Skip tables we cannot read rather than fail the page.
    }
  }
  return out;
}

/**
 * Many customers on screen (list view, search results) rather than one record? True when there is
 * a customer table, or identity fields repeat with different values (cards), and the page does not
 * also show a single customer's own fields.
 */
export function isListPage(tables: Element[], cands: Candidate[]): boolean {
  const perKey = new Map<string, Set<string>>();
  const emails = new Set<string>();
  for (const c of cands) {
    if (c.source === 'pattern' && c.key === 'email') emails.add(fold(c.value));
    if (!IDENTITY.test(c.key) || c.source === 'pattern' || c.source === 'url') continue;
    if (tables.some((t) => c.el && t.contains(c.el))) continue;
    const set = perKey.get(c.key) ?? new Set();
    perKey.set(c.key, set.add(fold(c.value)));
  }
  const counts = [...perKey.values()].map((s) => s.size);
  const unique = counts.filter((n) => n === 1).length;
  const multi = counts.filter((n) => n > 1).length;
  const evidence =
    tables.length > 0 || counts.some((n) => n >= 3) || multi >= 2 || emails.size >= 3;
  return evidence && !(unique >= 2 && unique >= multi);
}
