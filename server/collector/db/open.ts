import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectorConfig } from '../config';
import { openPglite, openPostgres, type Driver } from './driver';
import { lockDataDir } from './lock';
import { migrate } from './migrate';

/**
 * Opens and migrates the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in
 * `<dataDir>/pglite` (locked for this process). `close` releases both.
 */
export async function openStore(config: CollectorConfig): Promise<Driver> {
  if (config.databaseUrl) {
    const driver = await openPostgres(config.databaseUrl);
    await migrate(driver);
    return driver;
  }
  await mkdir(config.dataDir, { recursive: true });
  const unlock = await lockDataDir(config.dataDir);
  try {
    const driver = await openPglite(join(config.dataDir, 'pglite'));
    await migrate(driver);
    return {
      ...driver,
      close: async () => {
        await driver.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
