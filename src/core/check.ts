/**
 * Judging a document the way a publisher needs it judged before it goes out: every finding of
 * the parser and of the time-dependent checks, in document order, and whether the document is
 * usable (it parses and has no error). The command-line tool's `validate` and the status host's
 * publish share this, so both accept and refuse the same documents.
 */
import { lintStatusDocument } from './lint.js';
import { parseStatusDocument, parseStatusText, type ParseOptions } from './parse.js';
import type { Finding, StatusDocument } from './types.js';

export interface CheckOptions extends ParseOptions {
  /** The moment the document is judged at (ms). */
  now: number;
}

export interface CheckResult {
  /** True when the document parses and no finding is an error. */
  usable: boolean;
  /** The normalised document, when it parses. */
  document?: StatusDocument;
  /** The error that makes it unusable first, then every finding in document order. */
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** Sorts by JSON path with numbers compared as numbers (`[2]` before `[10]`). */
const byPath = (f: Finding) => f.path.replace(/\d+/g, (n) => n.padStart(9, '0'));

/** Checks a parsed JSON value (`undefined` for text that was not JSON: pass `text`). */
export function checkStatusDocument(json: unknown, options: CheckOptions, text?: string): CheckResult {
  const result = json === undefined && text !== undefined ? parseStatusText(text, options) : parseStatusDocument(json, options);
  const found = result.ok ? [...result.findings, ...lintStatusDocument(result.document, { now: options.now, source: json })] : result.findings;
  found.sort((a, b) => (byPath(a) < byPath(b) ? -1 : byPath(a) > byPath(b) ? 1 : 0));
  const findings = result.ok ? found : [result.error, ...found];
  const errors = findings.filter((f) => f.level === 'error').length;
  return {
    usable: result.ok && errors === 0,
    document: result.ok ? result.document : undefined,
    findings,
    errors,
    warnings: findings.length - errors,
  };
}

/** Checks JSON text, e.g. a request body. */
export function checkStatusText(text: string, options: CheckOptions): CheckResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return checkStatusDocument(undefined, options, text);
  }
  return checkStatusDocument(json, options);
}
