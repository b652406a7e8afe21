#!/usr/bin/env node
// `npm start`: serves the demo on http://localhost:8000/demo/ using the built dist/itc-status.js.
// Every demo/server/*.mjs module's default export is a Koa middleware (demo endpoints such as
// the status host with its scenarios).
import { startDevServer } from '@web/dev-server';
import { readdirSync } from 'node:fs';

const serverDir = new URL('../demo/server/', import.meta.url);
const middleware = await Promise.all(
  readdirSync(serverDir)
    .filter((name) => name.endsWith('.mjs'))
    .sort()
    .map(async (name) => (await import(new URL(name, serverDir).href)).default),
);

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', open: false, watch: false, middleware },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`Demo: http://localhost:${port}/demo/`);
