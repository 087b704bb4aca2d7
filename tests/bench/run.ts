// `npm run bench`: builds the extension and prints every speed and size figure the issues ask for.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoCrm } from '../../server/demo-crm/server.mjs';
import { launchWithExtension } from './browser';
import { measureTypicalCall } from './call-script';
import { measureExtraction } from './capture';
import { measureCollector } from './collector';
import { measureDrain } from './drain';
import { measureFirstRender } from './first-render';
import { measureLogging } from './logging';
import { measureKeypress, measurePanelUpdate } from './panel';
import { printReport, type Figure } from './report';
import { measureSizes } from './sizes';

process.env.CHROMIUM_PATH ??= execSync('node scripts/find-browser.mjs', {
  encoding: 'utf8',
}).trim();
const outDir = resolve(process.env.EFFORTLESS_OUT_DIR ?? '.output');
execSync('npx wxt build', { stdio: 'ignore' });
const figures: Figure[] = [...measureSizes(resolve(outDir, 'chrome-mv3'))];

const crm = await startDemoCrm({ port: 0 });
const { context, extensionId } = await launchWithExtension();
try {
  figures.push(...(await measureFirstRender(context, extensionId)));
  figures.push(...(await measureExtraction(context)));
  figures.push(...(await measurePanelUpdate(context, extensionId, crm.url)));
  figures.push(...(await measureKeypress(context, extensionId, crm.url)));
  figures.push(...(await measureTypicalCall(context, extensionId, crm.url)));
  figures.push(...(await measureLogging(context, crm.url)));
} finally {
  await context.close();
  await crm.close();
}

figures.push(...(await measureCollector()));
figures.push(...(await measureDrain()));

printReport(figures);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(figures, null, 2));
