import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Thrown when another live process holds the data directory. */
export class DataDirBusyError extends Error {}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the data directory for this process. PGlite must never be opened by two processes at
 * once (it would corrupt the database), and it does not check that itself. A lock left by a
 * crashed process is taken over. Returns the release function.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, 'collector.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(await readFile(file, 'utf8').catch(() => ''));
      if (pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataDirBusyError(
          `Another collector (pid ${pid}) is using ${dir}; stop it or set COLLECTOR_DATA_DIR.`,
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new DataDirBusyError(`Could not lock ${dir}`);
}
