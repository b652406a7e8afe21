// The demo's sign-up endpoint: a dev-server middleware (Koa style, as @web/dev-server uses) that
// answers POST /demo/api/subscribe as docs/subscribe-api.md describes, so that the demo shows every
// state of <itc-subscribe>. It is also a small reference for IT-Centrum's real endpoint: CORS
// preflight, JSON only, field errors, idempotency keys, honeypot.
//
// Try these addresses in the demo:
//   …fel…       → 422 with a field error for email
//   …upptagen…  → 429 with Retry-After: 30
//   …krasch…    → 500
//   anything else that is valid → 202 {"status":"pending"} (the same answer again for a repeated key)

export const SUBSCRIBE_PATH = '/demo/api/subscribe';

const TOPICS = ['news', 'operations'];
const MUNICIPALITIES = ['heby', 'alvkarleby', 'knivsta', 'tierp', 'osthammar'];
const MAX_BODY = 10 * 1024;

const MESSAGES = {
  sv: {
    email: 'Ange en e-postadress i rätt format, till exempel namn@tierp.se',
    rejected: 'Den här adressen kan inte ta emot e-post från oss. Kontrollera stavningen.',
    topics: 'Välj nyheter, driftinformation eller båda',
    municipalities: 'Välj minst en kommun',
    consent: 'Kryssa i rutan om du vill prenumerera och godkänner villkoren',
  },
  en: {
    email: 'Enter an email address in the correct format, like name@tierp.se',
    rejected: 'This address cannot receive email from us. Check the spelling.',
    topics: 'Select news, operational information or both',
    municipalities: 'Select at least one municipality',
    consent: 'Tick the box if you want to subscribe and accept the terms',
  },
};

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > MAX_BODY) throw new Error('too large');
  }
  return JSON.parse(text);
}

const isSubset = (value, allowed) => Array.isArray(value) && value.length > 0 && value.every((item) => allowed.includes(item));

/** Field errors of a sign-up, in its language (the same rules as the form's). */
function fieldErrors(body) {
  const text = MESSAGES[body.lang === 'en' ? 'en' : 'sv'];
  const errors = {};
  const email = typeof body.email === 'string' ? body.email : '';
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email) || email.length > 254) errors.email = text.email;
  else if (email.toLowerCase().includes('fel')) errors.email = text.rejected;
  if (!isSubset(body.topics, TOPICS)) errors.topics = text.topics;
  if (!isSubset(body.municipalities, MUNICIPALITIES)) errors.municipalities = text.municipalities;
  if (body.consent !== true || typeof body.consentVersion !== 'string') errors.consent = text.consent;
  return errors;
}

/**
 * A Koa-style middleware `(ctx, next)` that answers OPTIONS and POST on SUBSCRIBE_PATH and passes
 * every other request on. `delayMs`: how long to pretend to work, so that "Skickar…" can be seen.
 */
export function createSubscribeEndpoint({ delayMs = 400 } = {}) {
  /** Answers already given, by idempotency key: a retry gets the same answer and subscribes nobody twice. */
  const answered = new Map();
  return (ctx, next) => (ctx.path === SUBSCRIBE_PATH ? answer(ctx, answered, delayMs) : next());
}

async function answer(ctx, answered, delayMs) {
  // CORS, so that a form on another origin may post here (see docs/subscribe-api.md).
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Access-Control-Expose-Headers', 'Retry-After');
  if (ctx.method === 'OPTIONS') {
    ctx.set('Access-Control-Allow-Methods', 'POST');
    ctx.set('Access-Control-Allow-Headers', 'Content-Type');
    ctx.set('Access-Control-Max-Age', '600');
    ctx.status = 204;
    return;
  }
  if (ctx.method !== 'POST') {
    ctx.set('Allow', 'POST, OPTIONS');
    json(ctx, 405, { error: 'method-not-allowed' });
    return;
  }
  if (!ctx.is('application/json')) {
    json(ctx, 415, { error: 'json-only' });
    return;
  }

  let body;
  try {
    body = await readBody(ctx.req);
  } catch {
    json(ctx, 400, { error: 'invalid-json' });
    return;
  }
  if (!body || typeof body !== 'object' || typeof body.idempotencyKey !== 'string' || !body.idempotencyKey) {
    json(ctx, 400, { error: 'invalid-request' });
    return;
  }

  await new Promise((resolve) => setTimeout(resolve, delayMs));

  const earlier = answered.get(body.idempotencyKey);
  if (earlier) {
    json(ctx, earlier.status, earlier.body);
    return;
  }

  const email = typeof body.email === 'string' ? body.email.toLowerCase() : '';
  if (email.includes('krasch')) {
    json(ctx, 500, { error: 'internal' });
    return;
  }
  if (email.includes('upptagen')) {
    ctx.set('Retry-After', '30');
    json(ctx, 429, { error: 'rate-limited' });
    return;
  }
  const errors = fieldErrors(body);
  if (Object.keys(errors).length > 0) {
    json(ctx, 422, { errors });
    return;
  }

  // Robots (honeypot filled in) get the same answer as people, and nothing is stored for them.
  const accepted = { status: 202, body: { status: 'pending' } };
  if (body.honeypot === '') answered.set(body.idempotencyKey, accepted);
  json(ctx, accepted.status, accepted.body);
}

/** The demo server's instance. */
export default createSubscribeEndpoint();
