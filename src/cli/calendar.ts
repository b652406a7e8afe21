/** `itc-status ics`: the service windows as an iCalendar feed, for a file or standard output. */
import { writeFile } from 'node:fs/promises';
import { describeFinding } from '../core/findings.js';
import { toICalendar } from '../core/ics.js';
import { resolveMunicipalities } from '../core/municipalities.js';
import type { CliArgs } from './args.js';
import { checkNow, loadDocument, resolveNow } from './document.js';
import { CliError, message } from './messages.js';

export async function calendar(args: CliArgs): Promise<number> {
  checkNow(args.now);
  const { result } = await loadDocument(args);
  const lang = args.lang;
  if (!result.ok) {
    process.stderr.write(describeFinding(result.error, lang) + '\n');
    return 1;
  }
  const { document } = result;
  let windows = document.maintenance;
  if (args.municipality !== undefined) {
    const { ids, unknown } = resolveMunicipalities(document, args.municipality);
    if (unknown.length > 0) {
      const known = document.municipalities.map((m) => m.id).join(', ');
      throw new CliError('unknownMunicipality', { unknown: unknown.join(', '), known }, 2);
    }
    if (ids.length > 0) windows = windows.filter((w) => w.municipalities.some((id) => ids.includes(id)));
  }
  const text = toICalendar(windows, {
    now: resolveNow(args.now, document.timeZone),
    municipalities: document.municipalities,
    lang,
    timeZone: document.timeZone,
  });
  if (result.findings.length > 0) {
    const errors = result.findings.filter((f) => f.level === 'error').length;
    const counts = message(lang, 'count', { errors, warnings: result.findings.length - errors });
    process.stderr.write(message(lang, 'icsWarnings', { counts }) + '\n');
  }
  if (args.output === undefined) {
    process.stdout.write(text);
    return 0;
  }
  try {
    await writeFile(args.output, text, 'utf8');
  } catch (error) {
    throw new CliError('writeFailed', { path: args.output, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  process.stderr.write(message(lang, 'wrote', { count: windows.length, path: args.output }) + '\n');
  return 0;
}
