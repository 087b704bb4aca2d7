import { sameValue } from './formats';
import type { Candidate, CandidateKey, CapturedField } from './types';
import { FIELD_KEYS } from './types';

/** Best candidate for a key: highest confidence, a little more when seen in several places. */
function best(cands: Candidate[], key: CandidateKey): Candidate | undefined {
  const groups = new Map<string, { c: Candidate; n: number }>();
  for (const c of cands) {
    if (c.key !== key) continue;
    const id = sameValue(key, c.value);
    const g = groups.get(id);
    if (!g) groups.set(id, { c, n: 1 });
    // One id shown twice ("PG 4400 1298", "PG-44001298"): the form without spaces, the one the
    // CRM's own search takes (issue 14). Phones group by digits and keep their first form.
    else if (
      (g.n++,
      c.confidence > g.c.confidence ||
        (key !== 'phone' && g.c.value.includes(' ') && !c.value.includes(' ')))
    )
      g.c = c;
  }
  const all = [...groups.values()];
  // Unlabelled addresses are only trusted when they all agree.
  if (all.length > 1 && all.every((g) => g.c.source === 'pattern')) return undefined;
  let top: { c: Candidate; n: number } | undefined;
  const score = (g: { c: Candidate; n: number }) => g.c.confidence + 0.02 * Math.min(g.n - 1, 2);
  for (const g of all) if (!top || score(g) > score(top)) top = g;
  return top && { ...top.c, confidence: Math.min(1, Math.round(score(top) * 100) / 100) };
}

/**
 * One field per key, in FIELD_KEYS order. "Nom" next to "Prénom" is the last name; first + last
 * are combined only when neither a Name field nor the record header gave the full name.
 */
export function pick(cands: Candidate[]): CapturedField[] {
  const hasFirst = cands.some((c) => c.key === 'firstName');
  const all = cands.map((c) =>
    c.key === 'nameOrLast'
      ? { ...c, key: hasFirst ? ('lastName' as const) : ('customerName' as const) }
      : c,
  );
  const first = best(all, 'firstName');
  const last = best(all, 'lastName');
  if (first && last)
    all.push({
      key: 'customerName',
      value: `${first.value} ${last.value}`,
      confidence: 0.5,
      source: 'label',
    });
  const out: CapturedField[] = [];
  for (const key of FIELD_KEYS) {
    const c = best(all, key);
    if (!c) continue;
    const field: CapturedField = {
      key,
      value: c.value,
      confidence: c.confidence,
      source: c.source,
    };
    if (c.label) field.label = c.label;
    out.push(field);
  }
  return out;
}
