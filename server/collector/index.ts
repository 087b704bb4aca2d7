import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { readConfig } from './config';
import { openStore } from './db/open';
import { DataDirBusyError } from './db/lock';
import { loadSecret } from './secret';

/** `npm run collector`: opens the database, then serves until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = readConfig();
  const driver = await openStore(config);
  const secret = await loadSecret({ env: config.secret, dataDir: config.dataDir, driver });
  const server = serve(
    { fetch: createApp({ driver, secret }).fetch, port: config.port, hostname: config.host },
    (info: AddressInfo) => {
      // Tests and scripts/run.sh wait for this exact line.
      console.log(`Collector listening on http://${config.host}:${info.port}/ (${driver.kind})`);
    },
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Close PGlite cleanly: it flushes to disk and the data-dir lock is released.
    server.close(() => void driver.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(1), 5_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof DataDirBusyError ? error.message : error);
  process.exit(1);
});
