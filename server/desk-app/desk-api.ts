/** The desk's requests to /desk/api/ (same origin: the session cookie goes along). */
import type { Lang } from 'itc-status/core';

export interface PublishedVersion {
  version: number;
  etag: string;
  publishedAt: string;
  publishedBy: string;
  body?: string;
  changes?: string[];
}

export class SignedOut extends Error {}

async function call<T>(path: string, lang: Lang, init?: { method: 'POST'; body: unknown }): Promise<{ status: number; body: T }> {
  const separator = path.includes('?') ? '&' : '?';
  const response = await fetch(`/desk/api/${path}${lang === 'en' ? `${separator}lang=en` : ''}`, {
    method: init?.method ?? 'GET',
    headers: init ? { 'content-type': 'application/json' } : {},
    body: init ? JSON.stringify(init.body) : undefined,
    credentials: 'same-origin',
  });
  if (response.status === 401) throw new SignedOut();
  return { status: response.status, body: (await response.json()) as T };
}

export const deskApi = {
  state: (lang: Lang) => call<{ publisher: string; holdSeconds: number; current: (PublishedVersion & { body: string }) | null }>('state', lang),
  publish: (lang: Lang, document: string, basedOn: string | null) =>
    call<{ version?: number; warnings?: { message: string }[]; errors?: { message: string }[]; current?: PublishedVersion & { body: string }; changes?: string[] }>(
      'publish',
      lang,
      { method: 'POST', body: { document, basedOn } },
    ),
  estimate: (lang: Lang, document: string) => call<{ changes: number; recipients: number; municipalities: string[] }>('estimate', lang, { method: 'POST', body: { document } }),
  versions: (lang: Lang) => call<PublishedVersion[]>('versions', lang),
  version: (lang: Lang, version: number) => call<PublishedVersion & { body: string; changes: string[] }>(`versions/${version}`, lang),
  delivery: (lang: Lang, version: number) => call<{ made: boolean; notices: number; queued: number; sent: number }>(`versions/${version}/delivery`, lang),
  subscribers: (lang: Lang) => call<{ confirmed: number; pending: number; byMunicipality: Record<string, Record<string, number>> }>('subscribers', lang),
};
