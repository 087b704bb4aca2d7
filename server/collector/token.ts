import { parseArgs } from 'node:util';
import { ROLES, signToken, type Role } from './auth';
import { readConfig } from './config';
import { openPostgres } from './db/driver';
import { migrate } from './db/migrate';
import { loadSecret } from './secret';

const USAGE =
  'usage: npm run collector:token -- --team TEAM --role agent|lead|trainer [--agent ID] [--days N]';
const MAX_DAYS = 3_650;

/**
 * `npm run collector:token`: prints a new token on its last line. Needs no running collector and,
 * on PGlite, never opens the database (the running collector may hold it): tokens are signed with
 * the secret file in the data directory. On PostgreSQL the secret is read from the database.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      team: { type: 'string' },
      role: { type: 'string' },
      agent: { type: 'string' },
      days: { type: 'string' },
    },
  });
  if (!values.team || !ROLES.includes(values.role as Role)) throw new Error(USAGE);
  const days = values.days === undefined ? undefined : Number(values.days);
  if (days !== undefined && !(days > 0 && days <= MAX_DAYS)) {
    throw new Error(`--days is a number of days from 1 to ${MAX_DAYS}\n${USAGE}`);
  }
  const config = readConfig();
  const driver = config.databaseUrl ? await openPostgres(config.databaseUrl) : undefined;
  try {
    if (driver) await migrate(driver);
    const secret = await loadSecret({ env: config.secret, dataDir: config.dataDir, driver });
    const token = await signToken(secret, {
      team: values.team,
      role: values.role as Role,
      ...(values.agent && { agent: values.agent }),
      ...(days !== undefined && { days }),
    });
    const who = values.agent ? `, agent ${values.agent}` : '';
    const until = days === undefined ? ', no expiry' : `, valid for ${days} days`;
    console.log(`Token for team ${values.team}, role ${values.role}${who}${until}:`);
    console.log(token);
  } finally {
    await driver?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
