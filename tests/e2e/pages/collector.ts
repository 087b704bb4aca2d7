import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy';
import { expect, test } from '../fixtures';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openPglite } from '../../../server/collector/db/driver';

const run = promisify(execFile);

/**
 * A REAL collector process (`npm run collector`) on its own PGlite data directory, for e2e tests
 * (issue 6). The database is locked while it runs, so `inspect` stops it (SIGTERM), reads the
 * database through the server's own driver, and starts it again on the same port.
 */
export class CollectorProcess {
  private child: ChildProcess | null = null;
  port = 0;

  private constructor(readonly dataDir: string) {}

  static async start(): Promise<CollectorProcess> {
    const collector = new CollectorProcess(
      await mkdtemp(join(tmpdir(), 'effortless-collector-e2e-')),
    );
    await collector.launch();
    return collector;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private env() {
    return { ...process.env, COLLECTOR_DATA_DIR: this.dataDir, COLLECTOR_PORT: String(this.port) };
  }

  /** Starts `npm run collector` in its own process group and waits for its "listening" line. */
  async launch(): Promise<void> {
    const child = spawn('npm', ['run', '--silent', 'collector'], {
      env: this.env(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Collector listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
        if (found) {
          this.port = Number(found[1]);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`collector exited (${code}): ${output}`)));
    });
  }

  /** A token from `npm run collector:token` (last line of its output). */
  async token(team: string, role: 'agent' | 'lead' | 'trainer' = 'agent'): Promise<string> {
    const { stdout } = await run(
      'npm',
      [
        'run',
        '--silent',
        'collector:token',
        '--',
        '--team',
        team,
        '--role',
        role,
        '--agent',
        'e2e',
      ],
      { env: this.env() },
    );
    return stdout.trim().split('\n').at(-1)!.trim();
  }

  private async stopWith(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The whole group: npm, then tsx and node under it.
    process.kill(-child.pid!, signal);
    await exited;
    // npm exits first; wait until tsx and node under it are gone too (they hold the data dir).
    await expect
      .poll(() => {
        try {
          process.kill(-child.pid!, 0);
          return 'alive';
        } catch {
          return 'gone';
        }
      })
      .toBe('gone');
    this.child = null;
  }

  /** SIGTERM: the collector closes PGlite cleanly. */
  stop(): Promise<void> {
    return this.stopWith('SIGTERM');
  }

  /** SIGKILL, as a crash: nothing is flushed or closed. */
  async kill(): Promise<void> {
    await this.stopWith('SIGKILL');
  }

  /** Stops the collector, runs `read` on its database, starts it again on the same port. */
  async inspect<T>(
    read: (
      query: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>,
    ) => Promise<T>,
  ): Promise<T> {
    await this.stop();
    const driver = await openPglite(join(this.dataDir, 'pglite'));
    try {
      return await read(driver.query);
    } finally {
      await driver.close();
      await this.launch();
    }
  }

  /** Event ids the collector stored for one team. */
  eventIds(team: string): Promise<string[]> {
    return this.inspect(async (query) =>
      (await query('SELECT id FROM events WHERE team_id = $1', [team])).map((r) => String(r.id)),
    );
  }

  /**
   * Everything the collector stored, as text: every row of every table (as JSON) and the raw bytes
   * of every file in its data directory (pages, WAL), for the privacy scan.
   */
  everythingStored(): Promise<string> {
    return this.inspect(async (query) => {
      const tables = await query(
        "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
      );
      const parts: string[] = [];
      for (const t of tables) {
        const rows = await query(
          `SELECT row_to_json(x)::text AS j FROM "${String(t.table_schema)}"."${String(t.table_name)}" x`,
        );
        parts.push(...rows.map((r) => String(r.j)));
      }
      parts.push(await rawFiles(this.dataDir));
      return parts.join('\n');
    });
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

/** Every file under `dir`, decoded as UTF-8 and as Latin-1 (so any encoding of a string shows). */
async function rawFiles(dir: string): Promise<string> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    out.push(bytes.toString('utf8'), bytes.toString('latin1'));
  }
  return out.join('\n');
}

/**
 * One real collector process for a spec file, behind a real fault-injecting proxy (reset before
 * each test). Read `collector` and `proxy` inside tests: they exist once beforeAll has run.
 */
export function collectorBehindProxy() {
  const stack = {} as { collector: CollectorProcess; proxy: FaultProxy };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    stack.collector = await CollectorProcess.start();
    stack.proxy = await startFaultProxy(stack.collector.url);
  });

  test.beforeEach(() => {
    stack.proxy.faults = [];
    stack.proxy.stats = { posts: 0, committed: 0, replied: 0 };
  });

  test.afterAll(async () => {
    await stack.proxy?.stop();
    await stack.collector?.dispose();
  });

  return stack;
}

/** The invariant: the ids the collector stored for a team are exactly `ids`, each once. */
export async function expectExactlyOnce(
  collector: CollectorProcess,
  team: string,
  ids: readonly string[],
) {
  const stored = await collector.eventIds(team);
  expect(stored).toHaveLength(new Set(stored).size);
  expect(new Set(stored)).toEqual(new Set(ids));
}
