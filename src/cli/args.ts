/** The command line, parsed and checked: which command, on what input, with which options. */
import { parseArgs } from 'node:util';
import type { Lang } from '../core/types.js';
import { CliError } from './messages.js';

export type Command = 'validate' | 'ics';

export interface CliArgs {
  command: Command;
  input: string;
  lang: Lang;
  /** `--now` as given (resolved against the document's zone once it is read). */
  now?: string;
  json: boolean;
  municipality?: string;
  output?: string;
  baseUrl?: string;
  timeoutSeconds: number;
}

export type Invocation = { kind: 'help'; lang: Lang } | { kind: 'version'; lang: Lang } | { kind: 'run'; args: CliArgs };

const OPTIONS = {
  lang: { type: 'string' },
  now: { type: 'string' },
  'base-url': { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  municipality: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Options that belong to one command only. */
const ONLY_FOR: Partial<Record<keyof typeof OPTIONS, Command>> = {
  json: 'validate',
  municipality: 'ics',
  output: 'ics',
};

/** The `--lang` asked for, read before full parsing so that even argument errors speak it. */
export function requestedLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].slice(7) : argv[i + 1];
  return value === 'en' ? 'en' : 'sv';
}

/** Parses `argv` (without `node` and the script). Throws CliError with exit code 2 on misuse. */
export function parseCommandLine(argv: readonly string[]): Invocation {
  const lang = requestedLang(argv);
  if (argv.includes('-h') || argv.includes('--help')) return { kind: 'help', lang };
  if (argv.includes('-v') || argv.includes('--version')) return { kind: 'version', lang };

  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ,]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliError(/argument (missing|is ambiguous)/.test(message) ? 'missingValue' : 'noValue', { option }, 2);
    }
    const command = argv.find((a) => !a.startsWith('-')) ?? 'itc-status';
    throw new CliError('unknownOption', { command, option: option || message }, 2);
  }
  const { values, positionals, tokens } = parsed;
  const [command, input, extra] = positionals;
  if (command === undefined) throw new CliError('noCommand', {}, 2);
  if (command !== 'validate' && command !== 'ics') throw new CliError('unknownCommand', { command }, 2);
  for (const token of tokens) {
    const only = token.kind === 'option' ? ONLY_FOR[token.name as keyof typeof OPTIONS] : undefined;
    if (only && only !== command) {
      throw new CliError('unknownOption', { command, option: (token as { rawName: string }).rawName }, 2);
    }
  }
  if (input === undefined) throw new CliError('missingInput', { command }, 2);
  if (extra !== undefined) throw new CliError('extraArgument', { value: extra }, 2);
  if (values.lang !== undefined && values.lang !== 'sv' && values.lang !== 'en') {
    throw new CliError('badLang', { value: values.lang }, 2);
  }
  const timeoutSeconds = values.timeout === undefined ? 10 : Number(values.timeout);
  if (!(timeoutSeconds > 0) || !Number.isFinite(timeoutSeconds)) {
    throw new CliError('badTimeout', { value: values.timeout ?? '' }, 2);
  }
  if (values['base-url'] !== undefined && !URL.canParse(values['base-url'])) {
    throw new CliError('badBaseUrl', { value: values['base-url'] }, 2);
  }
  return {
    kind: 'run',
    args: {
      command,
      input,
      lang,
      now: values.now,
      json: values.json ?? false,
      municipality: values.municipality,
      output: values.output,
      baseUrl: values['base-url'],
      timeoutSeconds,
    },
  };
}
