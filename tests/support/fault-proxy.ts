import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does to the next `POST /v1/events`. Not a mock: every fault except `status` and
 * `refuse` forwards the request to the REAL collector, which commits it, and only then misbehaves
 * toward the client, which is exactly the network the sync client must survive.
 */
export type Fault =
  /** Passes this request through untouched (to aim a later fault at the Nth request). */
  | { kind: 'pass' }
  /** Answers this status itself (nothing forwarded), e.g. 503 with Retry-After. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Drops the connection without forwarding (the request never reached the collector). */
  | { kind: 'refuse' }
  /** Forwards, lets the collector commit and answer, then destroys the client's socket. */
  | { kind: 'destroy-after-commit' }
  /** Forwards and holds the collector's reply for `ms` (longer than the client's timeout). */
  | { kind: 'delay'; ms: number }
  /** Forwards and holds the reply until `release()` (lets a test kill the browser meanwhile). */
  | { kind: 'hold' };

export interface FaultProxy {
  url: string;
  /** Faults to apply, in order, one per `POST /v1/events`; then requests pass through. */
  faults: Fault[];
  /**
   * `POST /v1/events` requests seen, how many the collector answered (committed), and how many
   * of those replies were fully written back to the client.
   */
  stats: { posts: number; committed: number; replied: number };
  /** Resolves when a `hold` fault has a committed reply waiting. */
  held(): Promise<void>;
  /** Sends the held reply (if the client is still there), or drops the connection instead. */
  release(options?: { drop?: boolean }): void;
  /** Stops listening and drops every connection: the collector looks down. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

function forward(upstream: URL, req: IncomingMessage, body: Buffer) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
    (resolve, reject) => {
      const out = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 502,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    },
  );
}

/** Starts a fault-injecting HTTP proxy on 127.0.0.1 in front of `upstream` (a real collector). */
export async function startFaultProxy(upstream: string, port = 0): Promise<FaultProxy> {
  const target = new URL(upstream);
  const sockets = new Set<Socket>();
  let releaseHeld: ((drop: boolean) => void) | null = null;
  let heldWaiters: (() => void)[] = [];
  const proxy = {
    url: '',
    faults: [] as Fault[],
    stats: { posts: 0, committed: 0, replied: 0 },
  };
  const handler = async (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const isEvents = req.method === 'POST' && req.url?.startsWith('/v1/events');
    const fault = isEvents ? proxy.faults.shift() : undefined;
    if (isEvents) proxy.stats.posts++;
    if (fault?.kind === 'refuse') return void req.socket.destroy();
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, {
        'content-type': 'application/json',
        ...(fault.retryAfter && { 'retry-after': fault.retryAfter }),
      });
      return void res.end(JSON.stringify({ error: 'injected by the test proxy' }));
    }
    let reply;
    try {
      reply = await forward(target, req, body);
    } catch {
      return void req.socket.destroy();
    }
    if (isEvents && reply.status === 200) proxy.stats.committed++;
    if (fault?.kind === 'destroy-after-commit') return void req.socket.destroy();
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.kind === 'hold') {
      const drop = await new Promise<boolean>((r) => {
        releaseHeld = r;
        for (const w of heldWaiters) w();
        heldWaiters = [];
      });
      if (drop) return void req.socket.destroy();
    }
    if (req.socket.destroyed) return;
    const { 'transfer-encoding': _te, connection: _c, ...headers } = reply.headers;
    res.writeHead(reply.status, headers);
    res.end(reply.body, () => {
      if (isEvents) proxy.stats.replied++;
    });
  };
  let server!: Server;
  const listen = (p: number) =>
    new Promise<number>((resolve) => {
      server = createServer((req, res) => void handler(req, res));
      server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
      server.listen(p, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const actualPort = await listen(port);
  proxy.url = `http://127.0.0.1:${actualPort}`;
  return Object.assign(proxy, {
    held: () => (releaseHeld ? Promise.resolve() : new Promise<void>((r) => heldWaiters.push(r))),
    release(options: { drop?: boolean } = {}) {
      const release = releaseHeld;
      releaseHeld = null;
      release?.(options.drop ?? false);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
    start: async () => void (await listen(actualPort)),
  });
}
