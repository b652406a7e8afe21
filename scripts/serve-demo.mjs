#!/usr/bin/env node
// `npm start`: serves the demo on http://localhost:8000/demo/ using the built dist/itc-status.js.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`Demo: http://localhost:${port}/demo/`);
