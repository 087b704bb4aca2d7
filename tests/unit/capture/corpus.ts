import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_KEYS, type FieldKey, type PageKind } from '@/lib/capture';

/** The fixture corpus: real-looking CRM pages with their expected capture. */
export const FIXTURE_DIR = join(process.cwd(), 'tests/fixtures/crm');

/** What a fixture's sidecar `<name>.expected.json` declares. */
export interface Expected {
  kind: PageKind;
  url?: string;
  fields: Partial<Record<FieldKey, string>>;
  mustNotCapture: string[];
}

/** Fixture names with an .html, an .expected.json, or both (pairing is checked by the test). */
export function fixtureNames(): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(FIXTURE_DIR)) {
    const m = /^(.+?)\.(?:html|expected\.json)$/.exec(f);
    if (m?.[1]) names.add(m[1]);
  }
  return [...names].sort();
}

/** Reads one fixture; throws when either half is missing, so a missing file fails the test. */
export function loadFixture(name: string): { html: string; expected: Expected } {
  const html = join(FIXTURE_DIR, `${name}.html`);
  const json = join(FIXTURE_DIR, `${name}.expected.json`);
  if (!existsSync(html)) throw new Error(`${name}: expected file without its fixture`);
  if (!existsSync(json)) throw new Error(`${name}: fixture without its expected file`);
  const expected = JSON.parse(readFileSync(json, 'utf8')) as Expected;
  for (const key of Object.keys(expected.fields))
    if (!(FIELD_KEYS as readonly string[]).includes(key))
      throw new Error(`${name}: unknown key ${key}`);
  return { html: readFileSync(html, 'utf8'), expected };
}

/** Parses fixture HTML into the current test environment's document. */
export function toDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
