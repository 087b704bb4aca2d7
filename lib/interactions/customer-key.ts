import type { AppDb } from '@/lib/db/app-db';
import type { KeyRow } from '@/lib/db/schema';
import { primaryIdentifier } from './identifier';

const ALGORITHM = { name: 'HMAC', hash: 'SHA-256' } as const;

/**
 * Imports key material as a NON-extractable HMAC key and stores it: once stored, no code can read
 * the secret back, only sign with it. A team secret (from the collector) makes keys match across
 * the team's agents; without one, a random local key is generated.
 */
export async function addKey(
  db: AppDb,
  id: string,
  secret?: Uint8Array,
  now = Date.now(),
): Promise<KeyRow> {
  const material = new Uint8Array(secret ?? crypto.getRandomValues(new Uint8Array(32)));
  if (material.length < 16) throw new RangeError('A customer-key secret needs at least 16 bytes');
  const key = await crypto.subtle.importKey('raw', material, ALGORITHM, false, ['sign']);
  const row: KeyRow = { id, key, createdAt: now };
  await db.keys.put(row);
  return row;
}

/** The key new customer keys are made with: the newest one, created on first use. */
export async function currentKey(db: AppDb): Promise<KeyRow> {
  const newest = await db.keys.orderBy('createdAt').last();
  return newest ?? addKey(db, `local-${crypto.randomUUID().slice(0, 8)}`);
}

async function sign(row: KeyRow, message: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', row.key, new TextEncoder().encode(message));
  const b64 = btoa(String.fromCharCode(...new Uint8Array(mac)));
  return `${row.id}.${b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/**
 * The pseudonymous customer key: `<keyId>.<base64url HMAC-SHA-256>` over the kind and normalised
 * value of the primary identifier. Null when no identifier was captured.
 * @example await customerKey(db, [{ key: 'accountNumber', value: 'ACC-004211' }]) // 'local-1a2b.x9…'
 */
export async function customerKey(
  db: AppDb,
  fields: readonly { key: string; value: string }[],
): Promise<string | null> {
  const id = primaryIdentifier(fields);
  return id ? sign(await currentKey(db), `${id.key}:${id.normalized}`) : null;
}

/** The customer's key under EVERY stored key id, to find history across a rotation. */
export async function customerKeysAllRotations(
  db: AppDb,
  fields: readonly { key: string; value: string }[],
): Promise<string[]> {
  const id = primaryIdentifier(fields);
  if (!id) return [];
  const rows = await db.keys.toArray();
  return Promise.all(rows.map((row) => sign(row, `${id.key}:${id.normalized}`)));
}

/**
 * Sets the team's shared secret (handed out by the team lead, never by the collector, which
 * could otherwise rebuild keys from known phone numbers). Every agent of the team then makes the
 * same customer key for the same customer. The key id names the secret without revealing it.
 * Returns the key id; setting the same secret again changes nothing.
 */
export async function setTeamSecret(db: AppDb, secret: string): Promise<string> {
  if (secret.trim().length < 16) throw new RangeError('A team secret needs at least 16 characters');
  const bytes = new TextEncoder().encode(secret.trim());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const id = `team-${Array.from(digest.slice(0, 4), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (!(await db.keys.get(id))) await addKey(db, id, bytes);
  else await db.keys.update(id, { createdAt: Date.now() });
  return id;
}
