/**
 * `itc-status`: the command-line tool for publishers of the status document.
 *   itc-status validate <file-or-url>   findings in Swedish (or English), exit 0/1/2
 *   itc-status ics <file-or-url>        the service windows as an iCalendar feed
 * Expected failures end with one clear line, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseCommandLine, requestedLang } from './args.js';
import { calendar } from './calendar.js';
import { CliError, message } from './messages.js';
import { validate } from './validate.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const lang = requestedLang(argv);
  try {
    const invocation = parseCommandLine(argv);
    if (invocation.kind === 'help') {
      process.stdout.write(message(lang, 'help') + '\n');
      return 0;
    }
    if (invocation.kind === 'version') {
      process.stdout.write(version() + '\n');
      return 0;
    }
    const { args } = invocation;
    return args.command === 'validate' ? await validate(args) : await calendar(args);
  } catch (error) {
    if (error instanceof CliError) {
      const hint = error.exitCode === 2 ? '\n' + message(lang, 'usage') : '';
      process.stderr.write(message(lang, error.key, error.params) + hint + '\n');
      return error.exitCode;
    }
    process.stderr.write(message(lang, 'unexpected', { reason: (error as Error)?.message ?? String(error) }) + '\n');
    return 1;
  }
}

// A reader that stops early (`itc-status ics … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(message(requestedLang(process.argv), 'unexpected', { reason: error.message }) + '\n');
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

main(process.argv.slice(2)).then((code) => {
  // exitCode, not exit(): let piped output drain first.
  process.exitCode = code;
});
