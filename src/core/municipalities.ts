/**
 * Matching municipalities by id or display name, in any case and with or without å, ä, ö
 * (`Älvkarleby`, `alvkarleby` and `ÄLVKARLEBY` are the same).
 */
import type { Municipality, StatusDocument } from './types.js';

/** The form two names are compared in: lower case, diacritics removed (`Östhammar` → `osthammar`). */
export function municipalityKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The id of the municipality in `list` that `name` names: one whose id matches first, else one
 * whose display name does; undefined when none does.
 */
export function findMunicipality(list: readonly Municipality[], name: string): string | undefined {
  const key = municipalityKey(name);
  const find = (field: 'id' | 'name') => list.find((m) => municipalityKey(m[field]) == key);
  return (find('id') ?? find('name'))?.id;
}

/**
 * The municipality ids that `query` names. The query holds ids or display names separated by
 * spaces or commas. `ids` is empty when the query names nothing (empty or undefined query) —
 * meaning every municipality — and also when none of its words is known: a misspelt attribute
 * then shows everything rather than hiding what might concern the reader. Words that match no
 * municipality are listed in `unknown` so that the caller can warn about them.
 *
 * A document without a municipality list cannot map names, so each word is taken as an id.
 */
export function resolveMunicipalities(
  document: Pick<StatusDocument, 'municipalities'>,
  query?: string,
): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  const list = document.municipalities;
  for (const word of (typeof query === 'string' ? query : '').split(/[\s,]+/)) {
    if (!word) continue;
    const id = list.length ? findMunicipality(list, word) : word;
    if (!id) unknown.push(word);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}
