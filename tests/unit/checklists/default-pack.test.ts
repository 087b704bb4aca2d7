// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  loadDefaultChecklistPack,
  matchChecklists,
  missingTranslations,
  parseChecklistPack,
} from '@/lib/checklists';
import { makeContext } from './fixtures';

// Read the shipped file itself: a missing file must fail the test, never pass it.
const packPath = fileURLToPath(
  new URL('../../../lib/checklists/default-pack.json', import.meta.url),
);
const result = parseChecklistPack(readFileSync(packPath, 'utf8'));
const pack = result.ok ? result.pack : undefined;

describe('default checklist pack', () => {
  it('parses with no errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has at least 8 published checklists of at most 8 items', () => {
    expect(pack?.checklists.length).toBeGreaterThanOrEqual(8);
    for (const checklist of pack?.checklists ?? []) {
      expect(checklist.status).toBe('published');
      expect(checklist.items.length).toBeLessThanOrEqual(8);
    }
  });

  it('has every text in en, fr and fi, and a why and wording on every item', () => {
    const gaps: string[] = [];
    for (const checklist of pack?.checklists ?? []) {
      gaps.push(...missingTranslations(checklist).map((path) => `${checklist.id} ${path}`));
      if (checklist.description === undefined) gaps.push(`${checklist.id} description`);
      for (const item of checklist.items) {
        for (const lang of LANGUAGES) {
          if (!item.why?.[lang]) gaps.push(`${checklist.id}/${item.id} why.${lang}`);
          if (!item.wording?.[lang]) gaps.push(`${checklist.id}/${item.id} wording.${lang}`);
        }
      }
    }
    expect(pack?.checklists.length).toBeGreaterThan(0);
    expect(gaps).toEqual([]);
  });

  it('is what loadDefaultChecklistPack returns', () => {
    expect(loadDefaultChecklistPack()).toEqual(pack);
  });

  it.each([
    ['Billing', 'billing-dispute'],
    ['Facturation', 'billing-dispute'],
    ['Laskutus', 'billing-dispute'],
    ['Address change', 'address-change'],
    ['Changement d’adresse', 'address-change'],
    ['Osoitteenmuutos', 'address-change'],
  ])('matches category "%s" to %s first', (category, id) => {
    const [top] = matchChecklists(pack?.checklists ?? [], makeContext({ category }));
    expect(top?.checklist.id).toBe(id);
  });

  it('nudges the transferring agent after T, and the close last (issue 11, point 4)', () => {
    const matches = matchChecklists(pack?.checklists ?? [], makeContext({ signals: ['transfer'] }));
    expect(matches.map((m) => m.checklist.id)).toEqual(['transferring-out', 'close']);
  });

  it('nudges the receiving agent when the CRM says the call was transferred to them', () => {
    for (const pageText of ['Transferred from Billing by Sam', 'Appel transféré par Sam']) {
      const matches = matchChecklists(pack?.checklists ?? [], makeContext({ pageText }));
      expect(matches.map((m) => m.checklist.id)).toContain('transferred-call');
    }
  });

  it('takes an address change from the call’s reason, not from old cases on the page', () => {
    const pageText = 'Aiemmat tapaukset: CS-10301 Osoitteenmuutos · Ratkaistu';
    const matches = matchChecklists(pack?.checklists ?? [], makeContext({ pageText }));
    expect(matches.map((m) => m.checklist.id)).not.toContain('address-change');
  });

  it('offers a callback after a long hold', () => {
    const matches = matchChecklists(pack?.checklists ?? [], makeContext({ signals: ['hold'] }));
    expect(matches.map((m) => m.checklist.id)).toContain('long-wait');
  });
});
