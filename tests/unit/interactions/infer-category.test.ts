import { describe, expect, it } from 'vitest';
import { inferCategory } from '@/lib/interactions';

const categories = ['Billing', 'Address change', 'Password or login'];

describe('inferCategory', () => {
  it('takes the category shown next to a reason label, in any language', () => {
    const page = 'Activity: Billing question answered\nCategory\nAddress change\nChannel: Phone';
    expect(inferCategory(page, categories)).toBe('Address change');
    expect(inferCategory('Historique : Billing\nMotif : Address change', categories)).toBe(
      'Address change',
    );
    expect(inferCategory('Syy: billing', categories)).toBe('Billing');
  });

  it('falls back to the first category in the text, whole phrases only', () => {
    expect(inferCategory('Open cases: Password or login reset; Billing', categories)).toBe(
      'Password or login',
    );
    expect(inferCategory('Rebilling plan', categories)).toBeUndefined();
    expect(inferCategory(undefined, categories)).toBeUndefined();
  });
});
