/**
 * Reading `<itc-subscribe>`'s attributes: municipalities, topics, language and links.
 * Pure (no DOM) so that every rule is unit-tested; the element only warns about what these report.
 */
import type { Lang } from '../../core/types.js';

/** What a subscriber can receive: news and operational information (driftinformation). */
export type Topic = 'news' | 'operations';

/** The five municipalities IT-Centrum serves: [id, display name], in display order. */
export const MUNICIPALITIES: ReadonlyArray<readonly [string, string]> = [
  ['heby', 'Heby'],
  ['alvkarleby', 'Älvkarleby'],
  ['knivsta', 'Knivsta'],
  ['tierp', 'Tierp'],
  ['osthammar', 'Östhammar'],
];

/** Lower case without diacritics: "Älvkarleby" → "alvkarleby". */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Tokens of a list attribute: separated by spaces and/or commas. */
const tokens = (value: string | null | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** The result of reading a list attribute: known ids (canonical order, no duplicates) and unknown tokens. */
export interface ParsedList<T extends string> {
  ids: T[];
  unknown: string[];
}

function parseList<T extends string>(value: string | null | undefined, match: (folded: string) => T | undefined, order: readonly T[]): ParsedList<T> {
  const found = new Set<T>();
  const unknown: string[] = [];
  for (const token of tokens(value)) {
    const id = match(fold(token));
    if (id) found.add(id);
    else unknown.push(token);
  }
  return { ids: order.filter((id) => found.has(id)), unknown };
}

const MUNICIPALITY_IDS = MUNICIPALITIES.map(([id]) => id);

/**
 * Municipalities named by the `municipality` attribute: ids or names, any case, with or
 * without å/ä/ö ("Östhammar", "osthammar", "ÄLVKARLEBY"), separated by spaces or commas.
 */
export const parseMunicipalities = (value: string | null | undefined): ParsedList<string> =>
  parseList(value, (token) => (MUNICIPALITY_IDS.includes(token) ? token : undefined), MUNICIPALITY_IDS);

/** Topics named by the `topics` attribute: `news`/`nyheter`, `operations`/`driftinformation`/`drift`. */
export const parseTopics = (value: string | null | undefined): ParsedList<Topic> =>
  parseList<Topic>(
    value,
    (token) => (token === 'news' || token === 'nyheter' ? 'news' : /^(operations|driftinformation|drift)$/.test(token) ? 'operations' : undefined),
    ['news', 'operations'],
  );

/** `sv` or `en` from a language tag ("sv-SE", "EN-gb"), or undefined for any other language. */
const known = (tag: string | null | undefined): Lang | undefined => {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'sv' || primary === 'en' ? primary : undefined;
};

/**
 * The language to speak. The element's own `lang` wins when it is Swedish or English; when it is
 * absent, the page's language (nearest ancestor's `lang`) when that is Swedish or English;
 * Swedish otherwise. `invalid` is true when the element's own `lang` names another language.
 */
export function resolveLang(own: string | null | undefined, page: string | null | undefined): { lang: Lang; invalid: boolean } {
  if (own) {
    const lang = known(own);
    return { lang: lang ?? 'sv', invalid: !lang };
  }
  return { lang: known(page) ?? 'sv', invalid: false };
}

/** An absolute http(s) URL for `value` (resolved against `base`), or undefined for any other scheme or garbage. */
export function httpUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
