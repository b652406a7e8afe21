// The current Node.js LTS (24) for running the status host's tests on it besides the Node that runs
// `npm test`. It ships inside npm's `node` package: installed on first use into
// node_modules/.cache/node24 (about 8 s), not as a dependency, so that node_modules/.bin/node stays
// the machine's own Node for every other script.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NODE_LTS_VERSION = '24.21.0';
const prefix = fileURLToPath(new URL('../node_modules/.cache/node24/', import.meta.url));
const binary = prefix + 'node_modules/node/bin/node';

/** The path of a Node 24 binary, installing it when missing; undefined when that failed. */
export function nodeLts() {
  const version = () => spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (existsSync(binary) && version() === 'v' + NODE_LTS_VERSION) return binary;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `node@${NODE_LTS_VERSION}`], {
    stdio: 'inherit',
  });
  return result.status === 0 && existsSync(binary) ? binary : undefined;
}
