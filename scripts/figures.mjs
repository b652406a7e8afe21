// Figures the hardening tests produce (vectors tried, fault scenarios survived, CSP variants
// passed). Node harnesses record them directly; browser tests through the web-test-runner command
// `itc-figure` (see web-test-runner.config.mjs). scripts/test.mjs prints them at the end of the run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where figures go: $ITC_FIGURES (set by scripts/test.mjs), else a file in the temp folder. */
export const figuresFile = () => process.env.ITC_FIGURES || join(tmpdir(), 'itc-figures.json');

export function readFigures() {
  try {
    return existsSync(figuresFile()) ? JSON.parse(readFileSync(figuresFile(), 'utf8')) : {};
  } catch {
    return {};
  }
}

/** Records one figure (a number or short text) under `name`, keeping the others. */
export function recordFigure(name, value) {
  writeFileSync(figuresFile(), JSON.stringify({ ...readFigures(), [name]: value }, null, 2));
}

/** A web-test-runner plugin: browser tests call executeServerCommand('itc-figure', { name, value }). */
export function figuresPlugin() {
  return {
    name: 'itc-figures',
    executeCommand({ command, payload }) {
      if (command !== 'itc-figure') return undefined;
      recordFigure(payload.name, payload.value);
      return true;
    },
  };
}

/** The closing lines of a test run. */
export const FIGURE_LABELS = {
  vectors: 'XSS/markup vectors tried (vectors × fields)',
  vectorRenders: 'banners rendered with a vector (all attribute combinations)',
  faultScenarios: 'fault scenarios survived',
  cspVariants: 'CSP variants passed',
};
