// Demo status host: serves demo/data/sample-status.json at /demo/api/status.json with its dates
// moved next to today, so that the demo always has a current disruption and upcoming service
// windows. `?scenario=` picks what the host answers:
//   disruption (default)  the whole sample: disruption + service windows
//   windows               service windows only
//   nothing               nothing that concerns anyone
//   unreachable           503 Service Unavailable, as when the status host is down
import { readFile } from 'node:fs/promises';

const SAMPLE = new URL('../data/sample-status.json', import.meta.url);
const ZONE = 'Europe/Stockholm';
const DAY = 86_400_000;

/** "YYYY-MM-DDTHH:MM" of an instant in the document's zone. */
function localNow(now) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const days = (a, b) => Math.round((Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY);

/**
 * A document date-time moved by whole days, as a local time in the document's zone. The offset
 * is dropped on purpose: the sample's wall-clock times (10.00–20.00) must stay the same on the
 * new date even when daylight-saving time differs from the original date's.
 */
function shift(value, by) {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return value;
  const date = new Date(Date.parse(value.slice(0, 10)) + by * DAY).toISOString().slice(0, 10);
  return date + value.slice(10, 16);
}

/** The sample with each disruption moved to today (or yesterday, so it has started) and the
 * service windows moved by whole weeks to their next occurrence after today (weekdays keep). */
export function shiftSample(doc, now = Date.now(), scenario = 'disruption') {
  const today = localNow(now);
  const disruptions = scenario === 'disruption' ? doc.disruptions ?? [] : [];
  const maintenance = scenario === 'nothing' ? [] : doc.maintenance ?? [];
  const first = maintenance.map((m) => m.start).sort()[0];
  const weeks = first ? Math.floor(days(today, first) / 7) + 1 : 0;
  const { $schema, ...rest } = doc; // Its relative path would not resolve from the endpoint's URL.
  return {
    ...rest,
    updated: new Date(now).toISOString(),
    disruptions: disruptions.map((d) => {
      const times = [d.start, ...(d.updates ?? []).map((u) => u.at)];
      let by = days(today, d.start);
      if (times.some((t) => shift(t, by) > today)) by -= 1;
      return {
        ...d,
        start: shift(d.start, by),
        end: d.end == null ? d.end : shift(d.end, by),
        updates: d.updates?.map((u) => ({ ...u, at: shift(u.at, by) })),
      };
    }),
    maintenance: maintenance.map((m) => ({
      ...m,
      start: shift(m.start, weeks * 7),
      end: shift(m.end, weeks * 7),
      systems: m.systems?.map((s) => ({ ...s, start: shift(s.start, weeks * 7), end: shift(s.end, weeks * 7) })),
    })),
  };
}

/** Koa middleware for @web/dev-server (see scripts/serve-demo.mjs). */
export default async function statusEndpoint(ctx, next) {
  if (ctx.path !== '/demo/api/status.json') return next();
  const scenario = String(ctx.query.scenario ?? 'disruption');
  ctx.set('Cache-Control', 'no-cache');
  if (scenario === 'unreachable') {
    ctx.status = 503;
    ctx.body = 'Service Unavailable';
    return;
  }
  const doc = JSON.parse(await readFile(SAMPLE, 'utf8'));
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(shiftSample(doc, Date.now(), scenario), null, 2);
}
