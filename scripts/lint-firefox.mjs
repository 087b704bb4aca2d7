// `web-ext lint` on the Firefox build (issue 12): fails on any error, and on any warning that
// README ("Firefox") does not explain. Run after `wxt build -b firefox`.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const sourceDir = resolve(process.env.EFFORTLESS_OUT_DIR ?? '.output', 'firefox-mv3');

/** Warnings explained in README: code and message, whatever the (hashed) file name. */
const EXPLAINED = [
  // zod 4 probes whether eval is allowed (`Function('')` in try/catch); the extension's CSP
  // forbids it, so zod takes its non-eval path.
  { code: 'DANGEROUS_EVAL', message: 'The Function constructor is eval.' },
  // React DOM's own innerHTML paths (dangerouslySetInnerHTML, which the code never uses, and
  // its <script> creation trick); no page data reaches them.
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML' },
];

const { stdout } = await run(
  'npx',
  ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
  { maxBuffer: 16 * 1024 * 1024 },
).catch((error) => error); // web-ext exits non-zero on errors; the JSON says which
const report = JSON.parse(stdout);
const unexplained = report.warnings.filter(
  (w) => !EXPLAINED.some((e) => e.code === w.code && e.message === w.message),
);
for (const m of [...report.errors, ...unexplained]) {
  console.error(`${m.type} ${m.code} ${m.file ?? ''}: ${m.message}`);
}
const explained = report.warnings.length - unexplained.length;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${unexplained.length} unexplained warnings ` +
    `(${explained} explained in README), ${report.notices.length} notices`,
);
if (report.errors.length || unexplained.length) process.exit(1);
