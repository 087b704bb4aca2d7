import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './report';

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** Every script an extension page loads: its entry module and the chunks it preloads. */
function pageScripts(dir: string, html: string): string[] {
  const source = readFileSync(join(dir, html), 'utf8');
  const refs = [...source.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(refs)].map((ref) => join(dir, ref));
}

/** Gzipped sizes of the content script and the side panel's JavaScript. */
export function measureSizes(dir: string): Figure[] {
  const panel = pageScripts(dir, 'sidepanel.html').reduce((sum, file) => sum + gzipKb(file), 0);
  return [
    {
      name: 'content script (gzip)',
      value: gzipKb(join(dir, 'content-scripts/crm.js')),
      unit: 'KB',
      target: 15,
      better: 'lower',
    },
    { name: 'side panel JS (gzip)', value: panel, unit: 'KB', note: 'entry + preloaded chunks' },
  ];
}
