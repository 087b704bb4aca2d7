// Dependency-free static server for the Demo CRM single-page app.
// Serves ./public; any other GET path gets index.html (SPA fallback); no caching.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function send(res, status, body, headers = {}, headOnly = false) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': buf.length,
    ...headers,
  });
  res.end(headOnly ? undefined : buf);
}

/**
 * Map a URL pathname to a file inside PUBLIC_DIR.
 * Returns { file } for a candidate file, { spa: true } for app routes, or { error } if unsafe.
 */
function resolvePath(rawPathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return { error: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { error: 400 };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { error: 403 };
  const file = path.resolve(PUBLIC_DIR, `.${path.posix.normalize(decoded)}`);
  if (file !== PUBLIC_DIR && !file.startsWith(PUBLIC_DIR + path.sep)) return { error: 403 };
  return { file };
}

async function handle(req, res) {
  const headOnly = req.method === 'HEAD';
  if (req.method !== 'GET' && !headOnly) {
    send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  // The raw target may contain "/../" that URL parsing would silently collapse: check it first.
  const target = req.url ?? '/';
  const rawPathname = target.split('?')[0].split('#')[0] || '/';
  if (!rawPathname.startsWith('/')) {
    send(res, 400, 'Bad Request\n', {}, headOnly);
    return;
  }
  const resolved = resolvePath(rawPathname);
  if (resolved.error) {
    send(
      res,
      resolved.error,
      resolved.error === 403 ? 'Forbidden\n' : 'Bad Request\n',
      {},
      headOnly,
    );
    return;
  }
  const ext = path.extname(resolved.file).toLowerCase();
  if (resolved.file !== PUBLIC_DIR && CONTENT_TYPES[ext]) {
    try {
      const info = await stat(resolved.file);
      if (info.isFile()) {
        const body = await readFile(resolved.file);
        send(res, 200, body, { 'Content-Type': CONTENT_TYPES[ext] }, headOnly);
        return;
      }
    } catch {
      // fall through
    }
    // A missing asset (has a known file extension) is a real 404, not the app shell.
    send(res, 404, 'Not Found\n', {}, headOnly);
    return;
  }
  // App route: serve the SPA shell.
  const index = await readFile(path.join(PUBLIC_DIR, 'index.html'));
  send(res, 200, index, { 'Content-Type': CONTENT_TYPES['.html'] }, headOnly);
}

/**
 * Start the Demo CRM on 127.0.0.1.
 * @param {{ port?: number }} [options] port 0 picks a free port; default 4300.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startDemoCrm({ port = 4300 } = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      let closing = null;
      resolve({
        url: `http://${HOST}:${actualPort}/`,
        port: actualPort,
        close() {
          if (!closing) {
            closing = new Promise((done) => {
              server.close(() => done());
              server.closeAllConnections();
            });
          }
          return closing;
        },
      });
    });
  });
}
