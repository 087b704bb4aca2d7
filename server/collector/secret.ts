import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Driver } from './db/driver';
import { collectorSecret } from './db/schema';

const fresh = () => randomBytes(32).toString('base64url');

/**
 * The token-signing secret's file in the data directory, created on first use. `wx` makes two
 * processes racing to create it agree on one secret.
 */
async function secretFile(dataDir: string): Promise<string> {
  const file = join(dataDir, 'token-secret');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, fresh(), { flag: 'wx', mode: 0o600 }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
  // The creator may be between open and write: wait for the content rather than read it empty.
  for (let attempt = 0; ; attempt++) {
    const secret = (await readFile(file, 'utf8')).trim();
    if (secret.length >= 32 || attempt > 20) return secret;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The secret row on PostgreSQL, so every instance behind a load balancer signs alike. */
async function secretRow(driver: Driver): Promise<string> {
  await driver.db
    .insert(collectorSecret)
    .values({ id: 1, secret: fresh() })
    .onConflictDoNothing({ target: collectorSecret.id });
  const [row] = await driver.db
    .select({ secret: collectorSecret.secret })
    .from(collectorSecret)
    .where(sql`${collectorSecret.id} = 1`);
  if (!row) throw new Error('collector_secret row missing after insert');
  return row.secret;
}

/**
 * Where the secret comes from: COLLECTOR_SECRET if set; else the database on PostgreSQL; else a
 * file in the data directory (PGlite: the token CLI must not open the database the running
 * collector holds, and a file needs no database at all).
 */
export async function loadSecret(options: {
  env?: string;
  dataDir: string;
  driver?: Driver;
}): Promise<Uint8Array> {
  const text =
    options.env ??
    (options.driver?.kind === 'postgres'
      ? await secretRow(options.driver)
      : await secretFile(options.dataDir));
  if (text.length < 32) throw new Error('The token secret is shorter than 32 characters');
  return new TextEncoder().encode(text);
}
