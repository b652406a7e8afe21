/** Reading the status document's text from a file, a URL or standard input. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CliError } from './messages.js';

export interface Input {
  text: string;
  /** The document's own URL, when read from one (relative links resolve against it). */
  url?: string;
}

/** Reads `source`: `-` for standard input, an http(s) URL, a file: URL or a file path. */
export async function readInput(source: string, timeoutSeconds: number): Promise<Input> {
  if (source === '-') return { text: await readStdin() };
  if (/^https?:\/\//i.test(source)) return { text: await fetchText(source, timeoutSeconds), url: source };
  const path = /^file:/i.test(source) ? fileURLToPath(source) : source;
  try {
    // A file saved with a byte-order mark reads like the same file served over HTTP (fetch drops it).
    return { text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'ENOENT') throw new CliError('fileMissing', { path });
    if (code === 'EISDIR') throw new CliError('fileIsDirectory', { path });
    if (code === 'EACCES' || code === 'EPERM') throw new CliError('fileDenied', { path });
    throw new CliError('fileUnreadable', { path, reason: code });
  }
}

/** A failed request or body read as the error to end with: a timeout, or a network error with `reason`. */
function fetchError(url: string, timeoutSeconds: number, error: Error, reason: string): CliError {
  return error.name === 'TimeoutError' || error.name === 'AbortError'
    ? new CliError('fetchTimeout', { url, seconds: timeoutSeconds })
    : new CliError('fetchFailed', { url, reason });
}

async function fetchText(url: string, timeoutSeconds: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    throw fetchError(url, timeoutSeconds, e, e.cause?.code ?? e.cause?.message ?? e.message);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CliError('fetchStatus', { url, status: `${response.status} ${response.statusText}`.trim() });
  }
  try {
    return await response.text();
  } catch (error) {
    throw fetchError(url, timeoutSeconds, error as Error, (error as Error).message);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}
