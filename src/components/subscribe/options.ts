/**
 * Reading `<itc-subscribe>`'s attributes: municipalities, topics and links.
 * Pure (no DOM) so that every rule is unit-tested; the element only warns about what these report.
 */
import { municipalityKey, resolveMunicipalities } from '../../core/municipalities.js';
import type { Municipality } from '../../core/types.js';

/** What a subscriber can receive: news and operational information (driftinformation). */
export type Topic = 'news' | 'operations';

/** The five municipalities IT-Centrum serves, in display order; an id is its name's key (`Älvkarleby` → `alvkarleby`). */
export const MUNICIPALITIES: Municipality[] = ['Heby', 'Älvkarleby', 'Knivsta', 'Tierp', 'Östhammar'].map((name) => ({ id: municipalityKey(name), name }));

/** Topics by id and by the words that name them (Swedish, and `drift` for short). */
const TOPICS = [
  { id: 'news', name: 'nyheter' },
  { id: 'operations', name: 'driftinformation' },
  { id: 'operations', name: 'drift' },
];

/** Ids named by a list attribute (once each) and the words that name none. */
type Parsed<T> = { ids: T[]; unknown: string[] };

/**
 * Municipalities named by the `municipality` attribute: ids or names, any case, with or
 * without å/ä/ö ("Östhammar", "osthammar", "ÄLVKARLEBY"), separated by spaces or commas.
 */
export const parseMunicipalities = (value?: string | null): Parsed<string> => resolveMunicipalities({ municipalities: MUNICIPALITIES }, value!);

/**
 * Topics named by the `topics` attribute: `news`/`nyheter`, `operations`/`driftinformation`/`drift`.
 * The core's name matching (any case, with or without å/ä/ö) serves topics as well as municipalities.
 */
export const parseTopics = (value?: string | null) => resolveMunicipalities({ municipalities: TOPICS }, value!) as Parsed<Topic>;

/** An absolute http(s) URL for `value` (resolved against `base`), or undefined for any other scheme or garbage. */
export function httpUrl(value?: string | null, base = document.baseURI): string | undefined {
  try {
    // An empty value names no address ('x:' is a URL of another scheme); undefined throws.
    const url = new URL(value!.trim() || 'x:', base);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // Not a URL: undefined.
  }
}
