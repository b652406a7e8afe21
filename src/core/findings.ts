/**
 * The text of a finding, for publishers and developers (console, command-line tool). Kept apart
 * from the parser so that pages which only show status do not carry these texts.
 *
 * A text reads "<path> (<item id>): <what is wrong> – <what was done>.", e.g.
 * "$.maintenance[1].end (2022-10-30-alvkarleby): sluttiden ligger inte efter starttiden – posten
 * visas inte."
 */
import type { Finding, Lang } from './types.js';

type Params = Record<string, string | number | undefined>;
type Texts = Record<string, (p: Params, path: string) => string>;

const FORMAT = 'YYYY-MM-DDTHH:MM';
/** Whether the path points into a list of values (`….systems[2]`) rather than at a field. */
const entry = (path: string) => path.endsWith(']');

const SV: Texts = {
  'not-json': () => 'texten är inte JSON',
  'not-object': (_, path) => (path === '$' ? 'dokumentet är inte ett JSON-objekt' : 'posten är inte ett objekt'),
  unreadable: () => 'värdet gick inte att läsa',
  'unknown-version': (p) => `formatversion ${p.version} stöds inte (bara version 1)`,
  'missing-field': (p) => `fältet ”${p.field}” saknas`,
  'wrong-type': (p, path) => `${entry(path) ? 'värdena i' : 'fältet'} ”${p.field}” ska vara ${SV_TYPES[p.expected!] ?? p.expected}`,
  'empty-value': (p, path) => `${entry(path) ? 'ett värde i' : 'fältet'} ”${p.field}” är tomt`,
  'empty-list': (p) => `listan ”${p.field}” är tom`,
  'bad-time': (p) => `”${p.value}” är ingen giltig tid (skriv ${FORMAT}, ev. följt av Z eller ±HH:MM)`,
  'end-before-start': () => 'sluttiden ligger inte efter starttiden',
  'duplicate-id': (p) => `id ”${p.id}” används redan`,
  'unknown-severity': (p) => `okänd allvarlighetsgrad ”${p.value}” (critical, major eller minor)`,
  'unknown-time-zone': (p) => `okänd tidszon ”${p.value}”`,
  'unsafe-link': (p) => `länken ”${p.value}” är inte tillåten (bara https:, http:, mailto: och tel:)`,
  'relative-link': (p) => `den relativa länken ”${p.value}” kan inte tolkas utan dokumentets adress`,
  'invalid-link': (p) => `länken ”${p.value}” är ogiltig`,
  'unknown-municipality': (p) => `kommunen ”${p.value}” finns inte i listan municipalities`,
  'outside-window': (p) => `tiderna för ”${p.name}” ligger utanför servicefönstret`,
  'offset-mismatch': (p) => `UTC-förskjutningen i ”${p.value}” stämmer inte med ${p.zone} vid den tiden; tiden gäller som den står`,
  'nonexistent-time': (p) => `”${p.value}” finns inte i ${p.zone} (klockan ställs fram); tiden flyttas fram lika mycket`,
  'ambiguous-time': (p) => `”${p.value}” inträffar två gånger i ${p.zone} (klockan ställs tillbaka); den första gäller`,
  // From lint.ts: checks as of a given moment.
  'past-window': () => 'servicefönstret är redan över och visas inte längre; ta bort det ur dokumentet',
  'stale-disruption': (p) => `driftstörningen har ingen sluttid och började för ${p.days} dagar sedan; ange end när den är löst`,
  dropped: () => 'posten visas inte',
  ignored: () => 'värdet används inte',
  default: (p) => `${p.default} används`,
};
const SV_TYPES: Params = { string: 'text', 'date-time': `en tid (${FORMAT})`, array: 'en lista', object: 'ett objekt' };

const EN: Texts = {
  'not-json': () => 'the text is not JSON',
  'not-object': (_, path) => (path === '$' ? 'the document is not a JSON object' : 'the item is not an object'),
  unreadable: () => 'the value could not be read',
  'unknown-version': (p) => `format version ${p.version} is not supported (only version 1)`,
  'missing-field': (p) => `the field “${p.field}” is missing`,
  'wrong-type': (p, path) => `${entry(path) ? 'the values in' : 'the field'} “${p.field}” must be ${EN_TYPES[p.expected!] ?? p.expected}`,
  'empty-value': (p, path) => `${entry(path) ? 'a value in' : 'the field'} “${p.field}” is empty`,
  'empty-list': (p) => `the list “${p.field}” is empty`,
  'bad-time': (p) => `“${p.value}” is not a valid time (write ${FORMAT}, optionally followed by Z or ±HH:MM)`,
  'end-before-start': () => 'the end is not after the start',
  'duplicate-id': (p) => `the id “${p.id}” is already used`,
  'unknown-severity': (p) => `unknown severity “${p.value}” (critical, major or minor)`,
  'unknown-time-zone': (p) => `unknown time zone “${p.value}”`,
  'unsafe-link': (p) => `the link “${p.value}” is not allowed (only https:, http:, mailto: and tel:)`,
  'relative-link': (p) => `the relative link “${p.value}” cannot be resolved without the document’s address`,
  'invalid-link': (p) => `the link “${p.value}” is not valid`,
  'unknown-municipality': (p) => `the municipality “${p.value}” is not in the municipalities list`,
  'outside-window': (p) => `the times of “${p.name}” lie outside the service window`,
  'offset-mismatch': (p) => `the UTC offset in “${p.value}” is not that of ${p.zone} at that time; the time is taken as written`,
  'nonexistent-time': (p) => `“${p.value}” does not exist in ${p.zone} (clocks go forward); it is moved forward as much`,
  'ambiguous-time': (p) => `“${p.value}” happens twice in ${p.zone} (clocks go back); the first is used`,
  'past-window': () => 'the service window is already over and no longer shown; remove it from the document',
  'stale-disruption': (p) => `the disruption has no end and started ${p.days} days ago; set end once it is resolved`,
  dropped: () => 'the item is not shown',
  ignored: () => 'the value is not used',
  default: (p) => `${p.default} is used`,
};
const EN_TYPES: Params = { string: 'text', 'date-time': `a time (${FORMAT})`, array: 'a list', object: 'an object' };

/** The finding as one sentence in Swedish (default) or English. */
export function describeFinding(finding: Finding, lang: Lang = 'sv'): string {
  const texts = lang === 'en' ? EN : SV;
  const p: Params = finding.params ?? {};
  const what = texts[finding.code]?.(p, finding.path) ?? (lang === 'en' ? `problem “${finding.code}”` : `problem ”${finding.code}”`);
  const effect = p.effect !== undefined && texts[p.effect] ? ` – ${texts[p.effect](p, finding.path)}` : '';
  return `${finding.path}${finding.itemId ? ` (${finding.itemId})` : ''}: ${what}${effect}.`;
}
