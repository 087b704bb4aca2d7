// The bench's HTTP client for tests/bench/collector.ts.
import { Worker } from 'node:worker_threads';

/**
 * The HTTP client, in a worker thread: in production the extension runs in another process, so
 * the client's CPU must not share the collector's thread (PGlite runs on that thread too). It
 * POSTs the bodies one after another, as the extension's drain does, on one keep-alive socket.
 */
const CLIENT = `
const http = require('node:http');
const { parentPort, workerData: { url, token } } = require('node:worker_threads');
const post = (agent, body) => new Promise((resolve, reject) => {
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: 'Bearer ' + token };
  const request = http.request(url + '/v1/events', { method: 'POST', agent, headers }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString()));
    response.on('error', reject);
  });
  request.on('error', reject);
  request.end(body);
});
parentPort.on('message', async (bodies) => {
  // A fresh socket per run: an idle keep-alive socket may be closed by the server (5 s timeout).
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const body of bodies) {
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

/** Sends `requests` through the worker client; resolves when all are answered. */
export function httpInsert(client: Worker, requests: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once('message', (error: string | null) =>
      error ? reject(new Error(`bench: ${error}`)) : resolve(),
    );
    client.postMessage(requests);
  });
}

/** Starts the client thread for one collector URL and token. */
export const startClient = (url: string, token: string): Worker =>
  new Worker(CLIENT, { eval: true, workerData: { url, token } });
