// A real HTTP server on 127.0.0.1 for harnesses that msw cannot serve: CORS, redirects, caching
// headers, CSP, SRI, broken hosts. Serves the repository's files and any routes a test adds,
// and logs every request so tests can assert what the page asked for.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Starts a server on 127.0.0.1 and a free port.
 * @param {object} [options]
 * @param {Record<string, (req, res, url: URL) => void | Promise<void>>} [options.routes] handlers by path; they win over files
 * @param {Record<string, string> | ((url: URL) => Record<string, string>)} [options.headers] headers added to every file
 *   response (e.g. a CSP, or CORS for a second origin); a function gets the request URL
 * @returns {Promise<{ origin: string, port: number, log: Array<{method: string, path: string, headers: object, at: number}>, routes: object, close: () => Promise<void> }>}
 */
export async function startServer({ routes = {}, headers = {} } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    log.push({ method: req.method, path: url.pathname + url.search, headers: req.headers, at: Date.now() });
    try {
      const route = handle.routes[url.pathname];
      if (route) return void (await route(req, res, url));
      const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (!path.startsWith(ROOT)) return void res.writeHead(403).end();
      const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...(typeof headers === 'function' ? headers(url) : headers) });
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const handle = {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    routes: { ...routes },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
  return handle;
}

/**
 * Answers with `status`, `headers` and `body` (a string, or any other value sent as JSON).
 * Swallows the error when the client has already gone (an aborted request).
 */
export function send(res, status, body = '', headers = {}) {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  const type = typeof body === 'string' || Buffer.isBuffer(body) ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(text);
}

/** CORS headers that let any origin read a response (what a public status host sends). */
export const CORS = { 'Access-Control-Allow-Origin': '*' };

/** Answers a CORS preflight (OPTIONS) for any method and header; returns true when it did. */
export function answerPreflight(req, res) {
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    ...CORS,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
    'Access-Control-Max-Age': '600',
  });
  res.end();
  return true;
}

/** Resolves after `ms` milliseconds. */
export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
