/** Every text the command-line tool prints itself, in Swedish and English. */
import type { Lang } from '../core/types.js';

type Params = Record<string, string | number>;
type Text = string | ((p: Params) => string);

const sv = {
  help: `itc-status – kontrollera IT-Centrums statusdokument och gör kalenderfiler av servicefönstren.

Användning:
  itc-status validate <fil-eller-url> [--now ISO-tid] [--json] [--lang sv|en]
  itc-status ics <fil-eller-url> [--municipality tierp] [-o fil.ics] [--now ISO-tid] [--lang sv|en]
  itc-status --help | --version

Kommandon:
  validate   Skriver ut varje fel och varning med post-id och JSON-sökväg.
             Slutkod 0: dokumentet går att använda (högst varningar), 1: det går inte att använda.
  ics        Skriver servicefönstren som en iCalendar-fil (RFC 5545), en händelse per fönster.

Flaggor:
  --now <tid>           Bedöm dokumentet vid denna tidpunkt, t.ex. 2022-10-29T12:00+02:00
                        (utan tidsförskjutning: lokal tid i dokumentets tidszon). Standard: nu.
                        För ics: tidsstämpeln (DTSTAMP) i filen.
  --json                validate: skriv resultatet som JSON.
  --municipality <id>   ics: bara fönster för dessa kommuner (id eller namn, flera med komma).
  -o, --output <fil>    ics: skriv till filen i stället för standard ut.
  --base-url <url>      Adressen dokumentet publiceras på, för relativa länkar i en lokal fil.
  --timeout <sekunder>  Längsta väntan på en URL (standard 10).
  --lang <sv|en>        Språk för meddelanden och kalendertext (standard sv).
  -h, --help            Visa denna hjälp.
  -v, --version         Visa versionen.

Slutkoder: 0 går att använda, 1 går inte att använda eller kan inte läsas, 2 felaktigt anrop.
Läs mer i docs/cli.md.`,
  error: 'fel',
  warning: 'varning',
  count: (p: Params) =>
    `${p.errors} fel, ${p.warnings} ${p.warnings === 1 ? 'varning' : 'varningar'}`,
  usable: (p: Params) => `${p.source}: går att använda (${p.counts}).`,
  unusable: (p: Params) => `${p.source}: går inte att använda (${p.counts}).`,
  usage: 'Kör itc-status --help för hjälp.',
  noCommand: 'Ange ett kommando: validate eller ics.',
  unknownCommand: (p: Params) => `Okänt kommando: ${p.command}. Kommandon: validate, ics.`,
  missingInput: (p: Params) => `Ange en fil eller URL: itc-status ${p.command} <fil-eller-url>.`,
  extraArgument: (p: Params) => `Oväntat argument: ${p.value}.`,
  unknownOption: (p: Params) => `Okänd flagga för ${p.command}: ${p.option}.`,
  missingValue: (p: Params) => `Flaggan ${p.option} behöver ett värde.`,
  noValue: (p: Params) => `Flaggan ${p.option} tar inget värde.`,
  badNow: (p: Params) => `Ogiltig tid för --now: ${p.value}. Exempel: 2022-10-29T12:00+02:00.`,
  badLang: (p: Params) => `Ogiltigt språk för --lang: ${p.value}. Välj sv eller en.`,
  badTimeout: (p: Params) => `Ogiltig tid för --timeout: ${p.value}. Ange sekunder, t.ex. 10.`,
  badBaseUrl: (p: Params) => `Ogiltig adress för --base-url: ${p.value}.`,
  unknownMunicipality: (p: Params) =>
    `Okänd kommun: ${p.unknown}. Kommuner i dokumentet: ${p.known}.`,
  fileMissing: (p: Params) => `Filen finns inte: ${p.path}.`,
  fileIsDirectory: (p: Params) => `${p.path} är en mapp, inte en fil.`,
  fileDenied: (p: Params) => `Behörighet saknas för att läsa ${p.path}.`,
  fileUnreadable: (p: Params) => `Kunde inte läsa ${p.path} (${p.reason}).`,
  fetchStatus: (p: Params) => `Kunde inte hämta ${p.url}: servern svarade HTTP ${p.status}.`,
  fetchTimeout: (p: Params) => `Kunde inte hämta ${p.url}: inget svar inom ${p.seconds} sekunder.`,
  fetchFailed: (p: Params) => `Kunde inte hämta ${p.url}: nätverksfel (${p.reason}).`,
  writeFailed: (p: Params) => `Kunde inte skriva ${p.path} (${p.reason}).`,
  wrote: (p: Params) => `Skrev ${p.count} servicefönster till ${p.path}.`,
  icsWarnings: (p: Params) =>
    `Dokumentet har ${p.counts}; kör itc-status validate för detaljer.`,
  unexpected: (p: Params) => `Oväntat fel: ${p.reason}.`,
} satisfies Record<string, Text>;

type Key = keyof typeof sv;

const en: Record<Key, Text> = {
  help: `itc-status – check IT-Centrum's status document and turn its service windows into calendar files.

Usage:
  itc-status validate <file-or-url> [--now ISO-time] [--json] [--lang sv|en]
  itc-status ics <file-or-url> [--municipality tierp] [-o file.ics] [--now ISO-time] [--lang sv|en]
  itc-status --help | --version

Commands:
  validate   Prints every error and warning with its item id and JSON path.
             Exit code 0: the document is usable (warnings at most), 1: it is not usable.
  ics        Writes the service windows as an iCalendar file (RFC 5545), one event per window.

Options:
  --now <time>          Judge the document at this moment, e.g. 2022-10-29T12:00+02:00
                        (without an offset: local time in the document's zone). Default: now.
                        For ics: the file's timestamp (DTSTAMP).
  --json                validate: print the result as JSON.
  --municipality <id>   ics: only windows for these municipalities (id or name, several with commas).
  -o, --output <file>   ics: write to the file instead of standard output.
  --base-url <url>      Where the document is published, for relative links in a local file.
  --timeout <seconds>   Longest wait for a URL (default 10).
  --lang <sv|en>        Language of messages and calendar text (default sv).
  -h, --help            Show this help.
  -v, --version         Show the version.

Exit codes: 0 usable, 1 not usable or unreadable, 2 wrong invocation.
More in docs/cli.md.`,
  error: 'error',
  warning: 'warning',
  count: (p) =>
    `${p.errors} ${p.errors === 1 ? 'error' : 'errors'}, ${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'}`,
  usable: (p) => `${p.source}: usable (${p.counts}).`,
  unusable: (p) => `${p.source}: not usable (${p.counts}).`,
  usage: 'Run itc-status --help for help.',
  noCommand: 'Give a command: validate or ics.',
  unknownCommand: (p) => `Unknown command: ${p.command}. Commands: validate, ics.`,
  missingInput: (p) => `Give a file or URL: itc-status ${p.command} <file-or-url>.`,
  extraArgument: (p) => `Unexpected argument: ${p.value}.`,
  unknownOption: (p) => `Unknown option for ${p.command}: ${p.option}.`,
  missingValue: (p) => `The option ${p.option} needs a value.`,
  noValue: (p) => `The option ${p.option} takes no value.`,
  badNow: (p) => `Invalid time for --now: ${p.value}. Example: 2022-10-29T12:00+02:00.`,
  badLang: (p) => `Invalid language for --lang: ${p.value}. Choose sv or en.`,
  badTimeout: (p) => `Invalid time for --timeout: ${p.value}. Give seconds, e.g. 10.`,
  badBaseUrl: (p) => `Invalid address for --base-url: ${p.value}.`,
  unknownMunicipality: (p) => `Unknown municipality: ${p.unknown}. Municipalities in the document: ${p.known}.`,
  fileMissing: (p) => `File not found: ${p.path}.`,
  fileIsDirectory: (p) => `${p.path} is a folder, not a file.`,
  fileDenied: (p) => `No permission to read ${p.path}.`,
  fileUnreadable: (p) => `Could not read ${p.path} (${p.reason}).`,
  fetchStatus: (p) => `Could not fetch ${p.url}: the server answered HTTP ${p.status}.`,
  fetchTimeout: (p) => `Could not fetch ${p.url}: no answer within ${p.seconds} seconds.`,
  fetchFailed: (p) => `Could not fetch ${p.url}: network error (${p.reason}).`,
  writeFailed: (p) => `Could not write ${p.path} (${p.reason}).`,
  wrote: (p) => `Wrote ${p.count} service ${p.count === 1 ? 'window' : 'windows'} to ${p.path}.`,
  icsWarnings: (p) => `The document has ${p.counts}; run itc-status validate for details.`,
  unexpected: (p) => `Unexpected error: ${p.reason}.`,
};

export type MessageKey = Key;

/** The text `key` in `lang`, filled with `params`. */
export function message(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text = (lang === 'en' ? en : sv)[key] as Text;
  return typeof text === 'function' ? text(params) : text;
}

/** An expected failure with a message for the user and the exit code to end with. */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(key);
  }
}
