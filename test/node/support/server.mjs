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
 * @param {Record<string, string>} [options.headers] headers added to every file response (e.g. a CSP)
 * @returns {Promise<{ origin: string, port: number, log: Array<{method: string, path: string, headers: object}>, routes: object, close: () => Promise<void> }>}
 */
export async function startServer({ routes = {}, headers = {} } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    log.push({ method: req.method, path: url.pathname + url.search, headers: req.headers });
    try {
      const route = handle.routes[url.pathname];
      if (route) return void (await route(req, res, url));
      const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (!path.startsWith(ROOT)) return void res.writeHead(403).end();
      const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
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
