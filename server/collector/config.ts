import { resolve } from 'node:path';

/** Collector settings, from the environment (documented in server/collector/README.md). */
export interface CollectorConfig {
  port: number;
  host: string;
  /** Holds the PGlite database, its lock and the token secret file. */
  dataDir: string;
  /** PostgreSQL instead of PGlite when set. */
  databaseUrl?: string;
  /** Token-signing secret from the environment; overrides the stored one. */
  secret?: string;
}

/** Reads COLLECTOR_PORT, COLLECTOR_HOST, COLLECTOR_DATA_DIR, DATABASE_URL, COLLECTOR_SECRET. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): CollectorConfig {
  const port = Number(env.COLLECTOR_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`COLLECTOR_PORT must be a port number, got "${env.COLLECTOR_PORT}"`);
  }
  if (env.COLLECTOR_SECRET !== undefined && env.COLLECTOR_SECRET.length < 32) {
    throw new Error('COLLECTOR_SECRET must be at least 32 characters');
  }
  return {
    port,
    host: env.COLLECTOR_HOST || '127.0.0.1',
    dataDir: resolve(env.COLLECTOR_DATA_DIR || '.collector-data'),
    ...(env.DATABASE_URL && { databaseUrl: env.DATABASE_URL }),
    ...(env.COLLECTOR_SECRET && { secret: env.COLLECTOR_SECRET }),
  };
}
