/** `itc-status validate`: every finding with its item id and JSON path; exit 0 when usable. */
import { describeFinding } from '../core/findings.js';
import { checkStatusDocument } from '../core/check.js';
import type { Finding, Lang } from '../core/types.js';
import { DEFAULT_TIME_ZONE } from '../core/types.js';
import type { CliArgs } from './args.js';
import { checkNow, loadDocument, resolveNow } from './document.js';
import { message } from './messages.js';

/** One finding as a line: `varning $.maintenance[0].end (2022-10-29-tierp): …`. */
export function findingLine(finding: Finding, lang: Lang): string {
  return `${message(lang, finding.level)} ${describeFinding(finding, lang)}`;
}

export async function validate(args: CliArgs): Promise<number> {
  checkNow(args.now);
  const { source, json, text, baseUrl, result } = await loadDocument(args);
  const now = resolveNow(args.now, result.ok ? result.document.timeZone : DEFAULT_TIME_ZONE);
  const { findings, errors, usable } = checkStatusDocument(json, { now, baseUrl }, text);
  const lang = args.lang;
  if (args.json) {
    const report = {
      source,
      usable,
      now: new Date(now).toISOString(),
      errors,
      warnings: findings.length - errors,
      findings: findings.map((f) => ({ ...f, message: describeFinding(f, lang) })),
    };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    const counts = message(lang, 'count', { errors, warnings: findings.length - errors });
    const lines = findings.map((f) => findingLine(f, lang));
    lines.push(message(lang, usable ? 'usable' : 'unusable', { source, counts }));
    process.stdout.write(lines.join('\n') + '\n');
  }
  return usable ? 0 : 1;
}
