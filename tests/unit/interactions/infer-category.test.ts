import { describe, expect, it } from 'vitest';
import { categoryLabel, inferCategory } from '@/lib/interactions';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const categories = DEFAULT_SETTINGS.categories;

describe('inferCategory', () => {
  it('takes the reason written right after a reason label, in any language', () => {
    const page = 'Activity: Billing question answered\nCategory\nAddress change\nChannel: Phone';
    expect(inferCategory(page, categories)).toBe('Address change');
    expect(
      inferCategory('Historique : Facturation\nMotif : Changement d’adresse', categories),
    ).toBe('Address change');
    expect(inferCategory('Luokka Laskutus Kanava Puhelin', categories)).toBe('Billing');
  });

  it('reads the case on screen, not a subject or another case (issue 11)', () => {
    // The demo CRM's case page: the subject speaks of a billing address, the case is a move.
    const casePage =
      'CS-10482 Moving house: update service and billing address Status Open Priority High ' +
      'Category Address change Channel Phone Previous cases CS-10455 Billing · Phone';
    expect(inferCategory(casePage, categories)).toBe('Address change');
    // A customer page lists old cases under a "Category" column header: no reason for this call.
    const customerPage =
      'Cases Case Subject Category Channel Status CS-10482 Moving house Address change Phone Resolved';
    expect(inferCategory(customerPage, categories)).toBeUndefined();
    expect(
      inferCategory('Open cases: Password or login reset; Billing', categories),
    ).toBeUndefined();
  });

  it('matches whole names only', () => {
    expect(inferCategory('Category: Rebilling plan', categories)).toBeUndefined();
    expect(inferCategory(undefined, categories)).toBeUndefined();
  });
});

describe('categoryLabel', () => {
  it('translates the default reasons and leaves a team’s own as written', () => {
    expect(categoryLabel('Address change', 'fr')).toBe('Changement d’adresse');
    expect(categoryLabel('Billing', 'fi')).toBe('Laskutus');
    expect(categoryLabel('Billing', 'en')).toBe('Billing');
    expect(categoryLabel('Warranty claims', 'fi')).toBe('Warranty claims');
  });
});
