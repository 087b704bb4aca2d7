// `npm run bench`: builds the extension and prints every speed and size figure the issues ask for.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser';
import { measureFirstRender } from './first-render';
import { printReport, type Figure } from './report';
import { measureSizes } from './sizes';

process.env.CHROMIUM_PATH ??= execSync('node scripts/find-browser.mjs', {
  encoding: 'utf8',
}).trim();
execSync('npx wxt build', { stdio: 'ignore' });
const figures: Figure[] = [...measureSizes(resolve('.output/chrome-mv3'))];

const { context, extensionId } = await launchWithExtension();
try {
  figures.push(...(await measureFirstRender(context, extensionId)));
} finally {
  await context.close();
}

printReport(figures);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(figures, null, 2));
