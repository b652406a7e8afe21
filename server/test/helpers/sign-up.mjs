// Sign-up requests as <itc-subscribe> sends them (docs/subscribe-api.md), and reading the database.
import { randomUUID } from 'node:crypto';

export function signUpBody(overrides = {}) {
  return {
    email: 'anna.andersson@tierp.se',
    topics: ['news', 'operations'],
    municipalities: ['tierp'],
    consent: true,
    consentVersion: '2024-01',
    lang: 'sv',
    idempotencyKey: randomUUID(),
    honeypot: '',
    elapsedMs: 18342,
    ...overrides,
  };
}

export function postSignUp(server, body, headers = {}) {
  return fetch(server.url + '/api/subscribe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://intranat.tierp.se', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every row of every table as text: what a dump of the database would contain. */
export async function databaseText(db) {
  const tables = await db.query(`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  let text = '';
  for (const { tablename } of tables) {
    const rows = await db.query(`select t::text as row from ${tablename} t`);
    text += rows.map((r) => r.row).join('\n') + '\n';
  }
  return text;
}

export const subscriberState = async (db, email) =>
  (await db.query('select state, topics, municipalities, lang, consent_version from subscribers where email = $1', [email]))[0];

/** The path of a link in a message, to request it from the test server (PUBLIC_URL is not its address). */
export const pathOf = (link) => new URL(link).pathname;
