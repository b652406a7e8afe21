/** Reading and parsing the document a command works on, and the moment it is judged at. */
import { parseStatusDocument, parseStatusText } from '../core/parse.js';
import { parseDateTime } from '../core/time.js';
import type { ParseResult } from '../core/types.js';
import { DEFAULT_TIME_ZONE } from '../core/types.js';
import type { CliArgs } from './args.js';
import { readInput } from './input.js';
import { CliError } from './messages.js';

export interface LoadedDocument {
  /** How the input is named in messages: the path or URL as given. */
  source: string;
  /** The published JSON value, or undefined when the text is not JSON. */
  json: unknown;
  /** The text as read. */
  text: string;
  /** The URL relative links resolve against. */
  baseUrl?: string;
  result: ParseResult;
}

/** Checks the form of `--now` before anything is read, so a typo is a usage error (exit 2). */
export function checkNow(now: string | undefined): void {
  if (now !== undefined && !parseDateTime(now, DEFAULT_TIME_ZONE)) throw new CliError('badNow', { value: now }, 2);
}

/** `--now` as an instant (a local time is read in `timeZone`), or the current time. */
export function resolveNow(now: string | undefined, timeZone: string): number {
  return now === undefined ? Date.now() : parseDateTime(now, timeZone)!.instant;
}

/** Reads and parses the input named on the command line. */
export async function loadDocument(args: CliArgs): Promise<LoadedDocument> {
  const input = await readInput(args.input, args.timeoutSeconds);
  const source = args.input === '-' ? 'stdin' : args.input;
  const options = { baseUrl: args.baseUrl ?? input.url };
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch {
    return { source, json: undefined, text: input.text, baseUrl: options.baseUrl, result: parseStatusText(input.text, options) };
  }
  return { source, json, text: input.text, baseUrl: options.baseUrl, result: parseStatusDocument(json, options) };
}
