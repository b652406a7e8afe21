// The desk's sign-in as a browser performs it, over real HTTP: ask for a link, take it from the
// email, POST it (with the desk's Origin), keep the session cookie.
import { linksOf } from './smtp-sink.mjs';
import { addPublisher } from '../../dist/desk/publishers.js';

export const PUBLISHER = 'anna.publicist@itcentrum.se';
export const OTHER_PUBLISHER = 'bertil.publicist@itcentrum.se';

/**
 * A response's status, its body read to the end: an unread body keeps the connection busy, and the
 * server's close() then waits for it.
 */
export async function statusOf(response) {
  const { status } = await response;
  await (await response).arrayBuffer();
  return status;
}

/** The headers of a same-origin form POST from the desk's pages. */
export const fromDesk = (server, extra = {}) => ({ origin: server.url, ...extra });

export async function askForLink(server, email, lang) {
  return fetch(`${server.url}/desk/logga-in${lang === 'en' ? '?lang=en' : ''}`, {
    method: 'POST',
    headers: fromDesk(server, { 'content-type': 'application/x-www-form-urlencoded' }),
    body: new URLSearchParams({ email }),
    redirect: 'manual',
  });
}

/** The path of the newest sign-in link mailed to `email`. */
export function signInPathFor(smtp, email) {
  const mails = smtp.to(email).filter((m) => /inloggningslänk|sign-in link/.test(m.parsed.subject));
  const link = linksOf(mails.at(-1)).find((l) => l.includes('/desk/logga-in/'));
  return new URL(link).pathname + new URL(link).search;
}

/** Signs `email` in (adding it to the list first) and returns the Cookie header of its session. */
export async function signIn(server, smtp, email = PUBLISHER) {
  await addPublisher(server.db, email);
  const before = smtp.to(email).length;
  await statusOf(askForLink(server, email));
  await smtp.waitFor(smtp.messages.length - smtp.to(email).length + before + 1);
  const response = await fetch(server.url + signInPathFor(smtp, email), { method: 'POST', headers: fromDesk(server), redirect: 'manual' });
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}

/** A desk API call with the session cookie (and the desk's Origin for POSTs). */
export function deskApi(server, cookie, path, body) {
  return fetch(`${server.url}/desk/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? { cookie } : fromDesk(server, { cookie, 'content-type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
