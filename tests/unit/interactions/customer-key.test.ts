import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '@/lib/db';
import {
  addKey,
  customerKey,
  customerKeysAllRotations,
  normalizeIdentifier,
  primaryIdentifier,
  setTeamSecret,
} from '@/lib/interactions';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`keys-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(() => db.delete());

const fields = (value: string, key = 'accountNumber') => [{ key, value }];

describe('normalizeIdentifier', () => {
  it('makes formatting differences vanish', () => {
    expect(normalizeIdentifier('accountNumber', ' acc-004211 ')).toBe('ACC004211');
    expect(normalizeIdentifier('email', 'Hélène.Dubois@Exemple.FR')).toBe(
      'hélène.dubois@exemple.fr',
    );
    expect(normalizeIdentifier('phone', '+33 6 12 34 56 78')).toBe(
      normalizeIdentifier('phone', '06 12 34 56 78'),
    );
    expect(normalizeIdentifier('phone', '+358 40 123 4567')).toBe(
      normalizeIdentifier('phone', '040 1234567'),
    );
    expect(normalizeIdentifier('phone', '12-34')).toBeNull();
  });

  it('prefers the account number, then email, then phone', () => {
    const all = [
      { key: 'phone', value: '040 1234567' },
      { key: 'email', value: 'a@b.fi' },
      { key: 'accountNumber', value: 'ACC-1' },
    ];
    expect(primaryIdentifier(all)?.key).toBe('accountNumber');
    expect(primaryIdentifier(all.slice(0, 2))?.key).toBe('email');
    expect(primaryIdentifier([{ key: 'customerName', value: 'Aino' }])).toBeNull();
  });
});

describe('customerKey', () => {
  it('is stable for the same customer and never contains the identifier', async () => {
    const a = await customerKey(db, fields('ACC-004211'));
    const b = await customerKey(db, fields('acc 004211'));
    expect(a).toBe(b);
    expect(a).toMatch(/^local-[0-9a-f]{8}\.[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain('004211');
    expect(await customerKey(db, fields('ACC-004212'))).not.toBe(a);
    expect(await customerKey(db, [{ key: 'customerName', value: 'Hélène' }])).toBeNull();
  });

  it('keeps the key material non-extractable', async () => {
    const row = await addKey(db, 'team-1', new Uint8Array(32).fill(7));
    expect(row.key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', row.key)).rejects.toThrow();
    const stored = await db.keys.get('team-1');
    expect(stored?.key.extractable).toBe(false);
  });

  it('gives the same key on two browsers sharing a team secret', async () => {
    const other = new AppDb(`keys-other-${crypto.randomUUID()}`);
    await addKey(db, 'team-1', new Uint8Array(32).fill(3));
    await addKey(other, 'team-1', new Uint8Array(32).fill(3));
    expect(await customerKey(db, fields('ACC-9'))).toBe(await customerKey(other, fields('ACC-9')));
    await other.delete();
  });

  it('rotates to a new key id while earlier keys still find the customer', async () => {
    await addKey(db, 'k1', new Uint8Array(32).fill(1), 1000);
    const before = await customerKey(db, fields('ACC-1'));
    await addKey(db, 'k2', new Uint8Array(32).fill(2));
    const after = await customerKey(db, fields('ACC-1'));
    expect(before?.startsWith('k1.')).toBe(true);
    expect(after?.startsWith('k2.')).toBe(true);
    expect(await customerKeysAllRotations(db, fields('ACC-1'))).toEqual(
      expect.arrayContaining([before, after]),
    );
  });

  it('makes the same key on every agent of a team once the team secret is set', async () => {
    const other = new AppDb(`keys-team-${crypto.randomUUID()}`);
    await customerKey(db, fields('ACC-7')); // a local key first, as on a fresh install
    const id = await setTeamSecret(db, 'correct horse battery staple');
    expect(await setTeamSecret(other, 'correct horse battery staple')).toBe(id);
    expect(id).toMatch(/^team-[0-9a-f]{8}$/);
    expect(await customerKey(db, fields('ACC-7'))).toBe(await customerKey(other, fields('ACC-7')));
    await expect(setTeamSecret(db, 'short')).rejects.toThrow(RangeError);
    await other.delete();
  });

  it('refuses a short secret', async () => {
    await expect(addKey(db, 'weak', new Uint8Array(8))).rejects.toThrow(RangeError);
  });
});
