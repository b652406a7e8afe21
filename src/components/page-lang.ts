import type { Lang } from '../core/types.js';

/** `sv` or `en` from a language tag (`sv-SE` → `sv`, `EN-gb` → `en`); undefined for any other language. */
export const langOf = (tag: string | null | undefined): Lang | undefined =>
  /^(sv|en)(-|$)/i.exec(tag ?? '')?.[1].toLowerCase() as Lang | undefined;

/**
 * The language an element should speak, from the nearest `lang`: the element's own (its `lang`
 * property, so a Lit element's reactive `lang` counts too), else the nearest ancestor's, across
 * shadow roots. `sv` or `en` when that is Swedish or English; undefined when it is another
 * language or no `lang` is set (callers then speak Swedish).
 */
export function pageLang(element: Element): Lang | undefined {
  for (let node: Node | null | undefined = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    const tag = (node as HTMLElement).lang;
    if (tag) return langOf(tag);
  }
}
