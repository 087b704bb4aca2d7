// `npm run reset`: deletes the local state the run command keeps between runs: the Chromium
// profile (the extension's IndexedDB and storage live there) and the local collector's data
// directory (its PGlite database and token secret; tokens in the profile die with it, so both go
// together). `--build` also deletes the build output. Refuses while either is in use.
import { existsSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { relative, resolve } from 'node:path';

// The same defaults as scripts/launch.mjs and server/collector/config.ts.
const profile = resolve(process.env.EFFORTLESS_PROFILE ?? '.chromium-profile');
const dataDir = resolve(process.env.COLLECTOR_DATA_DIR || '.collector-data');
const outDir = resolve(process.env.EFFORTLESS_OUT_DIR ?? '.output');
const withBuild = process.argv.includes('--build');

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error.code === 'EPERM';
  }
};

/** Who holds the profile: Chromium's SingletonLock is a symlink to "<host>-<pid>". */
function chromiumHolder() {
  let target;
  try {
    target = readlinkSync(resolve(profile, 'SingletonLock'));
  } catch {
    return undefined; // no lock: Chromium is not running on this profile
  }
  const [, host, pid] = /^(.*)-(\d+)$/.exec(target) ?? [];
  // A lock from another host (a shared disk) cannot be checked: assume it is live.
  if (host !== hostname()) return `Chromium on ${host ?? target}`;
  return isAlive(Number(pid)) ? `Chromium (pid ${pid})` : undefined;
}

/** Who holds the data directory: the collector writes its pid to collector.lock. */
function collectorHolder() {
  let pid;
  try {
    pid = Number(readFileSync(resolve(dataDir, 'collector.lock'), 'utf8'));
  } catch {
    return undefined;
  }
  return pid > 0 && isAlive(pid) ? `the collector (pid ${pid})` : undefined;
}

const show = (path) => {
  const short = relative(process.cwd(), path);
  return short && !short.startsWith('..') ? short : path;
};
const busy = [
  [chromiumHolder(), profile],
  [collectorHolder(), dataDir],
].filter(([holder]) => holder);
if (busy.length > 0) {
  for (const [holder, path] of busy) console.error(`${show(path)} is in use by ${holder}.`);
  console.error('Effortless is running: stop it (Ctrl-C in the run command), then reset again.');
  process.exit(1);
}

const targets = [
  [profile, 'Chromium profile (the extension’s IndexedDB, storage and settings)'],
  [dataDir, 'collector data (its PGlite database and token secret)'],
  ...(withBuild ? [[outDir, 'build output']] : []),
];
let removed = 0;
for (const [path, what] of targets) {
  if (!existsSync(path)) continue;
  rmSync(path, { recursive: true, force: true });
  console.log(`Removed ${show(path)}: ${what}`);
  removed++;
}
if (removed === 0) console.log('Nothing to remove: no local state.');
if (process.env.DATABASE_URL) {
  console.log('DATABASE_URL is set: the collector’s PostgreSQL database was left alone.');
}
