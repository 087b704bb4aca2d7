// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shape the README promises: every capability in lib/ has its unit tests in the mirror folder,
 * and tests reach the product through lib/ (or a built extension), never through an entry point's
 * files — logic a test needs belongs in lib/.
 */
const root = resolve(__dirname, '../../..');
const dirs = (path: string) =>
  readdirSync(join(root, path)).filter((name) => statSync(join(root, path, name)).isDirectory());
const self = relative(root, __filename);

function filesUnder(path: string): string[] {
  return readdirSync(join(root, path), { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => /\.(ts|tsx|mts|js|mjs)$/.test(file) && statSync(join(root, file)).isFile());
}

/** Unit-test folders that mirror no lib/ capability, and why. */
const NOT_A_CAPABILITY: Record<string, string> = {
  meta: 'this test: the repository layout itself',
  scripts: 'the Node scripts in scripts/ (reset), not extension code',
};

/**
 * Test files allowed to import from entrypoints/, with the reason nothing could move to lib/.
 * Empty: keep it that way by moving the logic into lib/ instead of adding a line here.
 */
const ENTRYPOINT_IMPORTS_ALLOWED: Record<string, string> = {};

/** Every module specifier a file imports, re-exports or loads with import(). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bvi\.(?:mock|doMock|importActual)\s*(?:<[^>]*>)?\(\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The repository path a specifier points to, or undefined for a package. */
function target(file: string, specifier: string): string | undefined {
  if (/^[@~]{1,2}\//.test(specifier)) return specifier.replace(/^[@~]{1,2}\//, '');
  if (specifier.startsWith('.')) return relative(root, resolve(root, dirname(file), specifier));
  return undefined;
}

describe('repository layout', () => {
  // A folder with files in it: git keeps no empty ones, a working tree may.
  const capabilities = dirs('lib').filter((name) => filesUnder(`lib/${name}`).length > 0);

  it.each(capabilities)('lib/%s has unit tests in its mirror folder', (capability) => {
    const folder = `tests/unit/${capability}`;
    const tests = dirs('tests/unit').includes(capability)
      ? filesUnder(folder).filter((f) => /\.test\.tsx?$/.test(f))
      : [];
    expect(tests, `no *.test.ts in ${folder}/`).not.toEqual([]);
  });

  it('every tests/unit/ folder mirrors a lib/ capability (or says why not)', () => {
    const strays = dirs('tests/unit').filter(
      (name) => !capabilities.includes(name) && !(name in NOT_A_CAPABILITY),
    );
    expect(strays).toEqual([]);
  });

  it("no test imports an entry point's files", () => {
    const offenders = filesUnder('tests')
      .filter((file) => file !== self)
      .flatMap((file) =>
        specifiers(readFileSync(join(root, file), 'utf8'))
          .filter((s) => target(file, s)?.startsWith('entrypoints/'))
          .filter(() => !(file in ENTRYPOINT_IMPORTS_ALLOWED))
          .map((s) => `${file} → ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the import scan sees alias, relative, dynamic and mocked imports', () => {
    const file = 'tests/unit/x/y.test.ts';
    const source = [
      "import { a } from '@/entrypoints/sidepanel/store';",
      "import type { B } from '../../../entrypoints/background/sync';",
      "export * from '~/entrypoints/options/app';",
      "await import('../../../entrypoints/checklists/store');",
      "vi.mock('@/entrypoints/crm.content/rules');",
      "import 'zod';",
    ].join('\n');
    expect(specifiers(source).map((s) => target(file, s) ?? 'a package')).toEqual(
      expect.arrayContaining([
        'entrypoints/sidepanel/store',
        'entrypoints/background/sync',
        'entrypoints/options/app',
        'entrypoints/checklists/store',
        'entrypoints/crm.content/rules',
        'a package',
      ]),
    );
  });
});
