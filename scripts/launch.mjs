// Starts the demo CRM and the local collector, then opens Chromium with the built extension
// loaded at a demo customer record and pointed at the collector. With no display Chromium runs
// headless and this prints how to reach it over DevTools; EFFORTLESS_XVFB=1 runs it headed in a
// virtual display instead. Ctrl-C, SIGTERM or SIGHUP stops every child and frees the ports.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { startDemoCrm } from '../server/demo-crm/server.mjs';

const crmPort = Number(process.env.DEMO_CRM_PORT ?? 4300);
const collectorPort = Number(process.env.COLLECTOR_PORT ?? 8787);
// 9222 is the port chrome://inspect watches out of the box.
const devtoolsPort = Number(process.env.DEVTOOLS_PORT ?? 9222);
const extension = resolve(process.env.EFFORTLESS_OUT_DIR ?? '.output', 'chrome-mv3');
const profile = resolve(process.env.EFFORTLESS_PROFILE ?? '.chromium-profile');
const browserPath = execFileSync('node', ['scripts/find-browser.mjs'], { encoding: 'utf8' }).trim();
const useXvfb = process.env.EFFORTLESS_XVFB === '1';
const headless = !useXvfb && !process.env.DISPLAY && process.platform === 'linux';
const tsx = resolve('node_modules/.bin/tsx');

/** What is running so far; `stop` takes down whatever exists, in reverse order of start. */
const running = { xvfb: undefined, collector: undefined, crm: undefined, context: undefined };

/** Sends SIGTERM, then SIGKILL if the process is still there after `ms`. */
async function stopProcess(child, ms = 6_000) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = sleep(ms).then(() => child.kill('SIGKILL'));
  await Promise.race([exited, timer]);
}

let stopping;
/** Stops every child, then exits with `code`; safe to call from any point of the start-up. */
function stop(code) {
  stopping ??= (async () => {
    // Chromium first: its connections would otherwise keep both servers waiting.
    await Promise.race([running.context?.close(), sleep(5_000)]).catch(() => undefined);
    await running.crm?.close();
    // The collector closes PGlite on SIGTERM (a SIGKILL could leave its data dir locked).
    await stopProcess(running.collector);
    await stopProcess(running.xvfb);
  })()
    .catch((error) => console.error(error))
    .finally(() => process.exit(code));
  return stopping;
}
// Exit codes follow the shell's 128 + signal number.
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
]) {
  process.on(signal, () => void stop(128 + number));
}
// A crash must not leave the servers behind either (Playwright kills Chromium on exit itself).
process.on('exit', () => {
  running.collector?.kill('SIGTERM');
  running.xvfb?.kill('SIGTERM');
});

/** Starts Xvfb on a free display number (it writes the number to fd 3 once it accepts clients). */
async function startXvfb() {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
    },
  );
  running.xvfb = xvfb;
  return new Promise((resolveDisplay, reject) => {
    xvfb.once('error', (error) =>
      reject(new Error(`Xvfb did not start (${error.message}): EFFORTLESS_XVFB=1 npm run setup`)),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    xvfb.stdio[3].once('data', (chunk) => resolveDisplay(`:${String(chunk).trim()}`));
  });
}

async function startCollector() {
  // `node --import tsx` is one process: the pid `stop` signals is the server itself.
  const collector = spawn(process.execPath, ['--import', 'tsx', 'server/collector/index.ts'], {
    env: { ...process.env, COLLECTOR_PORT: String(collectorPort) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.collector = collector;
  return new Promise((resolveUrl, reject) => {
    collector.once('exit', (code) => reject(new Error(`The collector exited (${code})`)));
    collector.stdout.on('data', (chunk) => {
      const match = /listening on (http:\/\/\S+)/.exec(String(chunk));
      if (match) resolveUrl(match[1]);
    });
  });
}

/** Whether nothing listens on `port` of 127.0.0.1 yet. */
async function isFree(port) {
  const server = createServer();
  const free = await new Promise((resolveFree) => {
    server.once('listening', () => resolveFree(true));
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1');
  });
  server.close();
  return free;
}

/** The DevTools port; Chromium writes the one it picked for port 0 into the profile. */
async function readDevtoolsPort(asked) {
  if (asked !== 0) return asked;
  for (let attempt = 0; attempt < 50; attempt++) {
    const text = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    if (text) return Number(text.split('\n')[0]);
    await sleep(100);
  }
  return undefined;
}

async function main() {
  // An agent token for the demo team; the CLI works before the collector runs.
  const tokenOutput = execFileSync(
    tsx,
    ['server/collector/token.ts', '--team', 'demo', '--role', 'agent', '--agent', 'jane.agent'],
    { encoding: 'utf8' },
  );
  const token = tokenOutput.trim().split('\n').at(-1);
  const display = useXvfb ? await startXvfb() : process.env.DISPLAY;
  const collectorUrl = await startCollector();
  running.crm = await startDemoCrm({ port: crmPort });
  const crmUrl = running.crm.url;

  // Without a window the only way in is DevTools; a stale file from a last run would mislead.
  const remote = headless || useXvfb;
  let askedPort = devtoolsPort;
  if (remote && askedPort !== 0 && !(await isFree(askedPort))) {
    console.log(
      `DevTools port ${askedPort} is busy: using a free one (set DEVTOOLS_PORT to choose).`,
    );
    askedPort = 0;
  }
  mkdirSync(profile, { recursive: true });
  rmSync(join(profile, 'DevToolsActivePort'), { force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless,
    viewport: null,
    env: { ...process.env, ...(display && { DISPLAY: display }) },
    // `stop` owns the signals: Playwright's own handlers would exit before the servers stop.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(remote ? [`--remote-debugging-port=${askedPort}`] : []),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  running.context = context;
  context.on('close', () => void stop(0));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionUrl = new URL('/', worker.url()).href;
  // Point the extension at the local collector (the same keys the settings page writes).
  /* global chrome -- the evaluated function runs inside the extension. */
  await worker.evaluate(
    async ({ url, token }) => {
      const { settings = {} } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...settings, collectorUrl: url, collectorToken: token },
      });
    },
    { url: collectorUrl, token },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${crmUrl}customers/c-1001`);

  console.log(`Demo CRM:   ${crmUrl}`);
  console.log(`Collector:  ${collectorUrl} (team "demo", agent token configured)`);
  console.log(`Browser:    ${browserPath}`);
  console.log(`Extension:  ${extension}`);
  console.log(`Settings:   ${extensionUrl}options.html`);
  if (!remote) {
    console.log('Open the side panel with the Effortless toolbar button. Press Ctrl-C to stop.');
    return;
  }
  // No toolbar to click: open the panel as a tab pinned to the CRM tab, so DevTools lists it.
  const crmTabId = await worker.evaluate(
    async (url) => (await chrome.tabs.query({ url: `${url}*` }))[0]?.id,
    crmUrl,
  );
  const panelUrl = `${extensionUrl}sidepanel.html?tab=${crmTabId}`;
  await (await context.newPage()).goto(panelUrl);
  await page.bringToFront();
  const port = await readDevtoolsPort(askedPort);
  console.log(`Side panel: ${panelUrl} (open as a tab beside the CRM)`);
  console.log(
    useXvfb
      ? `Chromium is headed on the virtual display ${display} (view it with a VNC server such as \`x11vnc -display ${display}\`) or over DevTools:`
      : 'Chromium is headless (no display found): there is no window or toolbar. Reach it over DevTools:',
  );
  console.log(`  Targets:  http://127.0.0.1:${port}/json/list`);
  console.log(
    // chrome://inspect watches localhost:9222 out of the box; any other port is added once.
    `  Inspect:  open chrome://inspect in a desktop Chrome${port === 9222 ? '' : ` ("Configure…" → add 127.0.0.1:${port})`},\n` +
      `            then "inspect" the demo CRM tab and the side panel tab. From another machine first\n` +
      `            forward the port: ssh -L ${port}:127.0.0.1:${port} <this host>`,
  );
  console.log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void stop(1);
});
