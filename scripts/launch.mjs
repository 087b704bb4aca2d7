// Starts the demo CRM and opens Chromium with the built extension loaded beside it.
// Headless when there is no display, so it also works on a server or in a container.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoCrm } from '../server/demo-crm/server.mjs';

const port = Number(process.env.DEMO_CRM_PORT ?? 4300);
const extension = resolve('.output/chrome-mv3');
const profile = resolve(process.env.EFFORTLESS_PROFILE ?? '.chromium-profile');
const browser = execFileSync('node', ['scripts/find-browser.mjs'], { encoding: 'utf8' }).trim();
const headless = !process.env.DISPLAY && process.platform === 'linux';

const crm = await startDemoCrm({ port });
console.log(`Demo CRM:   ${crm.url}`);
mkdirSync(profile, { recursive: true });

const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...(headless ? ['--headless=new', '--remote-debugging-port=9222'] : []),
  `${crm.url}customers/c-1001`,
];
console.log(`Browser:    ${browser}${headless ? ' (headless: no display found)' : ''}`);
console.log(`Extension:  ${extension}`);
if (headless) {
  console.log('No display: Chromium runs headless with DevTools on http://127.0.0.1:9222.');
  console.log('For a visible browser, run this on a desktop or under `xvfb-run -a npm start`.');
}
console.log('Press Ctrl-C to stop.');

const chromium = spawn(browser, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const stop = async () => {
  chromium.kill('SIGTERM');
  await crm.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
chromium.on('exit', async (code) => {
  console.log(`Chromium exited (${code ?? 'signal'}).`);
  await crm.close();
  process.exit(0);
});
