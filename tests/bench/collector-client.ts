// The bench's HTTP client for tests/bench/collector.ts.
import { Worker } from 'node:worker_threads';

/**
 * The HTTP client, in a worker thread: in production the extension runs in another process, so
 * the client's CPU must not share the collector's thread (PGlite runs on that thread too). It
 * POSTs the bodies one after another, as the extension's drain does, on one keep-alive socket.
 * The bodies are handed over and encoded to bytes once, at start: copying megabytes of strings
 * into the thread on every run is the harness's cost, not the collector's.
 */
const CLIENT = `
const http = require('node:http');
const { parentPort, workerData: { url, token, bodies } } = require('node:worker_threads');
const encoded = bodies.map((body) => Buffer.from(body));
const post = (agent, body) => new Promise((resolve, reject) => {
  const headers = { 'content-type': 'application/json', 'content-length': body.length, authorization: 'Bearer ' + token };
  const request = http.request(url + '/v1/events', { method: 'POST', agent, headers }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString()));
    response.on('error', reject);
  });
  request.on('error', reject);
  request.end(body);
});
parentPort.on('message', async ({ from, to }) => {
  // A fresh socket per run: an idle keep-alive socket may be closed by the server (5 s timeout).
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const body of encoded.slice(from, to)) {
      const { results } = JSON.parse(await post(agent, body));
      if (!results || results.some((r) => r.status !== 'accepted')) throw new Error('an event was not accepted');
    }
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage(String(error));
  } finally {
    agent.destroy();
  }
});
`;

/** POSTs the client's bodies `from` … `to` (exclusive) in order; resolves when all are answered. */
export function httpInsert(client: Worker, from = 0, to = Infinity): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once('message', (error: string | null) =>
      error ? reject(new Error(`bench: ${error}`)) : resolve(),
    );
    client.postMessage({ from, to });
  });
}

/** Starts the client thread for one collector URL and token, holding the request bodies to send. */
export const startClient = (url: string, token: string, bodies: readonly string[]): Worker =>
  new Worker(CLIENT, { eval: true, workerData: { url, token, bodies } });
