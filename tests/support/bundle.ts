import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Bundles a TypeScript entry into an IIFE exposing its exports on `window[globalName]`. */
export async function bundle(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    format: 'iife',
    globalName,
    minify: true,
    write: false,
    alias: { '@': resolve('.') },
    define: { 'import.meta.env.COMMAND': '"build"' },
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}
