/**
 * Files served as they are: the built widget under /widgets/ (so the README's snippet can point at
 * this server), the pages' style sheet under /assets/, and with the demo the demo pages and /dist/.
 */
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** A file name with a content hash (the bundle's parts) never changes: cache it for a year. */
const HASHED = /\.[A-Za-z0-9_-]{8}\.js$/;

export default async function staticRoutes(app: FastifyInstance, options: { widgetDir: string; assetsDir: string; demoDir?: string }) {
  await app.register(fastifyStatic, {
    root: options.widgetDir,
    prefix: '/widgets/',
    decorateReply: false,
    allowedPath: (path) => /^\/(itc-status\.js(\.sri)?|itc-(subscribe|calendar)\.[\w-]+\.js)$/.test(path),
    setHeaders(res, path) {
      // Loaded cross-origin with integrity and crossorigin="anonymous": CORS is required.
      res.header('access-control-allow-origin', '*');
      res.header('cache-control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate');
    },
  });
  await app.register(fastifyStatic, {
    root: options.assetsDir,
    prefix: '/assets/',
    decorateReply: false,
    setHeaders: (res) => res.header('cache-control', 'public, max-age=3600'),
  });
  if (options.demoDir) {
    await app.register(fastifyStatic, { root: options.demoDir, prefix: '/demo/', decorateReply: false });
    await app.register(fastifyStatic, { root: options.widgetDir, prefix: '/dist/', decorateReply: false });
  }
}
