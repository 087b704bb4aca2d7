// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../server/collector/db/driver';
import { call, DATABASES, makeEvent, pgliteTemplate, SLOW, upload } from './harness';

const ROOT = new URL('../../', import.meta.url).pathname;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an npm script to completion. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `npm run collector` in its own process group and waits for its "listening" line. */
function startCollector(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; kind: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'collector'], {
      cwd: ROOT,
      env,
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Collector listening on (http:\/\/127\.0\.0\.1:\d+)\/ \((\w+)\)/.exec(output);
      if (match?.[1] && match[2]) resolve({ child, url: match[1], kind: match[2] });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) =>
      reject(new Error(`collector exited (${code}) before listening:\n${output}`)),
    );
  });
}

/** Stops a collector started above: its whole process group (npm → tsx → node), by id. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || !child.pid) return resolve();
    child.once('close', () => resolve());
    process.kill(-child.pid, 'SIGTERM');
  });
}

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

/** The two commands of issue 6: `collector:token` (works with the collector down) and `collector`. */
describe.each(DATABASES)('npm run collector / collector:token on %s', (kind) => {
  let env: NodeJS.ProcessEnv;
  let cleanup = async () => {};

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'effortless-cli-'));
    const { DATABASE_URL: _, COLLECTOR_SECRET: __, ...inherited } = process.env;
    env = { ...inherited, COLLECTOR_DATA_DIR: dataDir, COLLECTOR_PORT: '0' };
    if (kind === 'pglite') {
      await cp(await pgliteTemplate(), join(dataDir, 'pglite'), { recursive: true });
      cleanup = () => rm(dataDir, { recursive: true, force: true });
      return;
    }
    const schema = `cli_${randomUUID().replace(/-/g, '')}`;
    const admin = await openPostgres(process.env.TEST_DATABASE_URL ?? '');
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(process.env.TEST_DATABASE_URL ?? '');
    url.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = url.toString();
    cleanup = async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
      await rm(dataDir, { recursive: true, force: true });
    };
  }, SLOW);
  afterAll(() => cleanup(), SLOW);

  it(
    'mints a token while no collector runs, which the started collector then accepts',
    async () => {
      const minted = await run(
        ['collector:token', '--', '--team', 'team-a', '--role', 'agent', '--agent', 'a-17'],
        env,
      );
      expect(minted.code).toBe(0);
      const token = lastLine(minted.stdout);
      expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/); // a JWT: {"alg":"HS256",…}

      const collector = await startCollector(env);
      try {
        expect(collector.kind).toBe(kind);
        expect(await call(collector.url, 'GET', '/v1/health')).toMatchObject({
          status: 200,
          body: { ok: true },
        });
        const event = makeEvent();
        const posted = await call(collector.url, 'POST', '/v1/events', {
          token,
          body: upload([event]),
        });
        expect(posted.body).toEqual({ results: [{ id: event.id, status: 'accepted' }] });

        // Also while the collector runs (and, on PGlite, holds the database), with an expiry.
        const lead = await run(
          ['collector:token', '--', '--team', 'team-a', '--role', 'lead', '--days', '30'],
          env,
        );
        expect(lead.stdout).toContain('valid for 30 days');
        const claims = JSON.parse(
          Buffer.from(lastLine(lead.stdout).split('.')[1] ?? '', 'base64url').toString(),
        ) as { iat: number; exp: number };
        expect(claims.exp - claims.iat).toBe(30 * 86_400);
        const summary = await call(collector.url, 'GET', '/v1/summary', {
          token: lastLine(lead.stdout),
        });
        expect(summary.body).toMatchObject({ eventCount: 1 });
        const spec = await call(collector.url, 'GET', '/v1/openapi.json');
        expect(spec.body).toMatchObject({ openapi: '3.1.0' });
      } finally {
        await stop(collector.child);
      }
    },
    SLOW,
  );

  it(
    'refuses bad arguments with the usage line and a non-zero exit',
    async () => {
      const bad = await run(['collector:token', '--', '--team', 'team-a', '--role', 'admin'], env);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('usage: npm run collector:token');
      const never = await run(
        ['collector:token', '--', '--team', 'team-a', '--role', 'agent', '--days', '0'],
        env,
      );
      expect(never.code).not.toBe(0);
      expect(never.stderr).toContain('--days is a number of days from 1 to 3650');
    },
    SLOW,
  );
});

describe('npm run collector on a PGlite data directory in use', () => {
  let env: NodeJS.ProcessEnv;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'effortless-lock-'));
    await cp(await pgliteTemplate(), join(dataDir, 'pglite'), { recursive: true });
    const { DATABASE_URL: _, ...inherited } = process.env;
    env = { ...inherited, COLLECTOR_DATA_DIR: dataDir, COLLECTOR_PORT: '0' };
  }, SLOW);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it(
    'refuses to open a PGlite data directory another collector holds',
    async () => {
      const first = await startCollector(env);
      try {
        await expect(startCollector(env)).rejects.toThrow(/Another collector \(pid \d+\) is using/);
      } finally {
        await stop(first.child);
      }
    },
    SLOW,
  );
});
