#!/usr/bin/env node
// Usage: node server/demo-crm/serve.mjs [--port N]   (env DEMO_CRM_PORT, default 4300; 0 = any free port)

import { startDemoCrm } from './server.mjs';

function parsePort(argv, env) {
  let value = env.DEMO_CRM_PORT;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') value = argv[i + 1];
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
  }
  if (value === undefined || value === '') return 4300;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Invalid port: ${value}\n`);
    process.exit(2);
  }
  return port;
}

const port = parsePort(process.argv.slice(2), process.env);

try {
  const { url, close } = await startDemoCrm({ port });
  process.stdout.write(`Demo CRM listening on ${url}\n`);
  const stop = () => {
    close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  process.stderr.write(`Demo CRM failed to start: ${error?.message ?? error}\n`);
  process.exit(1);
}
