// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// `npm run reset` (scripts/reset.mjs), run as the user runs it, on a profile and a data dir in a
// temporary directory.
let root: string;
let profile: string;
let dataDir: string;

const reset = () => {
  const run = spawnSync(process.execPath, ['scripts/reset.mjs'], {
    env: { ...process.env, EFFORTLESS_PROFILE: profile, COLLECTOR_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
};

/** The pid of a process that has exited: a lock left behind by a crash. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'effortless-reset-'));
  profile = join(root, 'profile');
  dataDir = join(root, 'collector');
  mkdirSync(join(profile, 'Default', 'IndexedDB'), { recursive: true });
  mkdirSync(join(dataDir, 'pglite'), { recursive: true });
  writeFileSync(join(dataDir, 'token-secret'), 'x');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run reset', () => {
  it('removes the profile and the collector data, and says so', () => {
    const { code, out } = reset();
    expect(code).toBe(0);
    expect(out).toContain(`Removed ${profile}`);
    expect(out).toContain(`Removed ${dataDir}`);
    expect(existsSync(profile)).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
    expect(reset().out).toContain('Nothing to remove');
  });

  it('refuses while Chromium holds the profile, and removes nothing', () => {
    symlinkSync(`${hostname()}-${process.pid}`, join(profile, 'SingletonLock'));
    const { code, err } = reset();
    expect(code).toBe(1);
    expect(err).toContain(`in use by Chromium (pid ${process.pid})`);
    expect(existsSync(profile)).toBe(true);
    expect(existsSync(dataDir)).toBe(true);
  });

  it('refuses while the collector holds its data dir', () => {
    writeFileSync(join(dataDir, 'collector.lock'), String(process.pid));
    const { code, err } = reset();
    expect(code).toBe(1);
    expect(err).toContain(`in use by the collector (pid ${process.pid})`);
    expect(existsSync(profile)).toBe(true);
  });

  it('removes state whose locks were left by processes that are gone', () => {
    symlinkSync(`${hostname()}-${deadPid()}`, join(profile, 'SingletonLock'));
    writeFileSync(join(dataDir, 'collector.lock'), String(deadPid()));
    expect(reset().code).toBe(0);
    expect(existsSync(profile)).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  });
});
