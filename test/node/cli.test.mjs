// The itc-status command-line tool end to end: `node dist/cli.js …` spawned as a process
// (build first: `npm run build`), its output, messages and exit codes; calendar output read
// back with a real iCalendar parser (ical.js).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = 'test/fixtures/cli';
const fixture = (name) => `${FIXTURES}/${name}`;
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** Runs the tool; resolves with its exit code and output. `env` adds to (or with undefined, removes from) the environment. */
function cli(args, { env = {}, stdin } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, TZ: 'Europe/Stockholm', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** A finding without its (core-worded) message, for comparing with expectations. */
const shape = ({ message, ...rest }) => rest;

const HINT = { sv: 'Kör itc-status --help för hjälp.', en: 'Run itc-status --help for help.' };

describe('help and version', () => {
  test('--help prints the Swedish usage on stdout, exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['validate', '--help'], ['ics', 'status.json', '-h']]) {
      const r = await cli(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^itc-status – kontrollera IT-Centrums statusdokument/);
      for (const word of ['Användning:', 'validate <fil-eller-url>', 'ics <fil-eller-url>', '--now', '--json', '--municipality', '--output', '--base-url', '--timeout', '--lang', '--version', 'Slutkoder: 0 går att använda, 1 går inte att använda eller kan inte läsas, 2 felaktigt anrop.']) {
        assert.ok(r.stdout.includes(word), word);
      }
    }
  });

  test('--help --lang en prints the English usage', async () => {
    for (const args of [['--help', '--lang', 'en'], ['--lang=en', '-h']]) {
      const r = await cli(args);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^itc-status – check IT-Centrum's status document/);
      assert.ok(r.stdout.includes('Exit codes: 0 usable, 1 not usable or unreadable, 2 wrong invocation.'));
    }
  });

  test('--version and -v print the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await cli([flag]);
      assert.deepEqual(r, { code: 0, stdout: VERSION + '\n', stderr: '' });
    }
  });
});

describe('usage errors: exit 2 with one message and a hint, in Swedish or English', () => {
  const cases = [
    [[], 'Ange ett kommando: validate eller ics.', 'Give a command: validate or ics.'],
    [['check', 'x.json'], 'Okänt kommando: check. Kommandon: validate, ics.', 'Unknown command: check. Commands: validate, ics.'],
    [['validate'], 'Ange en fil eller URL: itc-status validate <fil-eller-url>.', 'Give a file or URL: itc-status validate <file-or-url>.'],
    [['ics'], 'Ange en fil eller URL: itc-status ics <fil-eller-url>.', 'Give a file or URL: itc-status ics <file-or-url>.'],
    [['validate', 'a.json', 'b.json'], 'Oväntat argument: b.json.', 'Unexpected argument: b.json.'],
    [['validate', 'a.json', '--strict'], 'Okänd flagga för validate: --strict.', 'Unknown option for validate: --strict.'],
    [['validate', 'a.json', '--municipality', 'tierp'], 'Okänd flagga för validate: --municipality.', 'Unknown option for validate: --municipality.'],
    [['validate', 'a.json', '-o', 'x.ics'], 'Okänd flagga för validate: -o.', 'Unknown option for validate: -o.'],
    [['ics', 'a.json', '--json'], 'Okänd flagga för ics: --json.', 'Unknown option for ics: --json.'],
    [['validate', 'a.json', '--now'], 'Flaggan --now behöver ett värde.', 'The option --now needs a value.'],
    [['ics', 'a.json', '-o'], 'Flaggan -o behöver ett värde.', 'The option -o needs a value.'],
    [['validate', 'a.json', '--json=ja'], 'Flaggan --json tar inget värde.', 'The option --json takes no value.'],
    [['validate', 'a.json', '--now', 'i morgon'], 'Ogiltig tid för --now: i morgon. Exempel: 2022-10-29T12:00+02:00.', 'Invalid time for --now: i morgon. Example: 2022-10-29T12:00+02:00.'],
    [['ics', 'a.json', '--now', '2022-02-30T10:00'], 'Ogiltig tid för --now: 2022-02-30T10:00. Exempel: 2022-10-29T12:00+02:00.', 'Invalid time for --now: 2022-02-30T10:00. Example: 2022-10-29T12:00+02:00.'],
    [['validate', 'a.json', '--timeout', '0'], 'Ogiltig tid för --timeout: 0. Ange sekunder, t.ex. 10.', 'Invalid time for --timeout: 0. Give seconds, e.g. 10.'],
    [['validate', 'a.json', '--timeout', 'lång'], 'Ogiltig tid för --timeout: lång. Ange sekunder, t.ex. 10.', 'Invalid time for --timeout: lång. Give seconds, e.g. 10.'],
    [['validate', 'a.json', '--base-url', 'itcentrum.se'], 'Ogiltig adress för --base-url: itcentrum.se.', 'Invalid address for --base-url: itcentrum.se.'],
  ];
  for (const [args, sv, en] of cases) {
    test(`itc-status ${args.join(' ') || '(nothing)'}`, async () => {
      assert.deepEqual(await cli(args), { code: 2, stdout: '', stderr: `${sv}\n${HINT.sv}\n` });
      assert.deepEqual(await cli([...args, '--lang', 'en']), { code: 2, stdout: '', stderr: `${en}\n${HINT.en}\n` });
    });
  }

  test('an unknown --lang is refused in Swedish', async () => {
    assert.deepEqual(await cli(['validate', 'a.json', '--lang', 'de']), {
      code: 2,
      stdout: '',
      stderr: `Ogiltigt språk för --lang: de. Välj sv eller en.\n${HINT.sv}\n`,
    });
  });

  test('usage is checked before the input is read', async () => {
    const r = await cli(['validate', 'finns-inte.json', '--now', 'igår']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^Ogiltig tid för --now: igår\./);
  });
});

describe('validate', () => {
  test('a clean document: exit 0 and one summary line', async () => {
    const args = ['validate', fixture('valid.json'), '--now', '2022-10-28T15:00+02:00'];
    assert.deepEqual(await cli(args), {
      code: 0,
      stdout: 'test/fixtures/cli/valid.json: går att använda (0 fel, 0 varningar).\n',
      stderr: '',
    });
    assert.deepEqual(await cli([...args, '--lang', 'en']), {
      code: 0,
      stdout: 'test/fixtures/cli/valid.json: usable (0 errors, 0 warnings).\n',
      stderr: '',
    });
  });

  // mistakes.json, judged on 2022-10-28 at 10:00 in Stockholm.
  const MISTAKES = [
    { level: 'warning', code: 'stale-disruption', path: '$.disruptions[0].end', itemId: '2022-10-20-epost', params: { days: 8 } },
    { level: 'warning', code: 'offset-mismatch', path: '$.maintenance[0].start', itemId: '2022-10-30-alvkarleby' },
    { level: 'warning', code: 'unknown-municipality', path: '$.maintenance[1].municipalities[1]', itemId: '2022-10-29-tierp' },
    { level: 'warning', code: 'outside-window', path: '$.maintenance[1].systems[1]', itemId: '2022-10-29-tierp' },
    { level: 'warning', code: 'end-before-start', path: '$.maintenance[2].end', itemId: '2022-11-05-heby' },
    { level: 'warning', code: 'duplicate-id', path: '$.maintenance[3].id', itemId: '2022-10-29-tierp' },
    { level: 'warning', code: 'past-window', path: '$.maintenance[4].end', itemId: '2022-10-22-knivsta' },
  ];
  const key = (f) => `${f.code} ${f.path} ${f.itemId}`;

  test('--json: every publishing mistake with its code, JSON path and item id, in document order', async () => {
    const r = await cli(['validate', fixture('mistakes.json'), '--now', '2022-10-28T10:00+02:00', '--json']);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const report = JSON.parse(r.stdout);
    assert.equal(report.source, 'test/fixtures/cli/mistakes.json');
    assert.equal(report.usable, true);
    assert.equal(report.now, '2022-10-28T08:00:00.000Z');
    assert.equal(report.errors, 0);
    assert.equal(report.warnings, MISTAKES.length);
    // In document order, whichever check found them.
    assert.deepEqual(report.findings.map(key), MISTAKES.map(key));
    const stale = report.findings.find((f) => f.code === 'stale-disruption');
    assert.deepEqual(shape(stale), MISTAKES[0]);
    assert.equal(stale.message, '$.disruptions[0].end (2022-10-20-epost): driftstörningen har ingen sluttid och började för 8 dagar sedan; ange end när den är löst.');
    const past = report.findings.find((f) => f.code === 'past-window');
    assert.deepEqual(shape(past), MISTAKES[6]);
    assert.equal(past.message, '$.maintenance[4].end (2022-10-22-knivsta): servicefönstret är redan över och visas inte längre; ta bort det ur dokumentet.');
    for (const f of report.findings) assert.ok(f.message.length > 10, f.code);
  });

  test('the offset mismatch names the time that was written', async () => {
    const r = await cli(['validate', fixture('mistakes.json'), '--now', '2022-10-28T10:00+02:00', '--json']);
    const mismatch = JSON.parse(r.stdout).findings.find((f) => f.code === 'offset-mismatch');
    assert.equal(mismatch.params.value, '2022-10-30T10:00+02:00');
    assert.ok(mismatch.message.includes('2022-10-30T10:00+02:00'), mismatch.message);
  });

  test('human output: one line per finding with level, path, item id and text; then the summary', async () => {
    for (const lang of ['sv', 'en']) {
      const args = ['validate', fixture('mistakes.json'), '--now', '2022-10-28T10:00+02:00', '--lang', lang];
      const [text, json] = await Promise.all([cli(args), cli([...args, '--json'])]);
      const { findings } = JSON.parse(json.stdout);
      const level = lang === 'sv' ? 'varning' : 'warning';
      const expected = findings.map((f) => `${level} ${f.message}`);
      for (const f of findings) assert.ok(f.message.startsWith(`${f.path} (${f.itemId}): `), f.message);
      expected.push(
        lang === 'sv'
          ? 'test/fixtures/cli/mistakes.json: går att använda (0 fel, 7 varningar).'
          : 'test/fixtures/cli/mistakes.json: usable (0 errors, 7 warnings).',
      );
      assert.deepEqual(text, { code: 0, stdout: expected.join('\n') + '\n', stderr: '' });
    }
  });

  test('the texts differ between Swedish and English, and the lint texts are exact in English', async () => {
    const args = ['validate', fixture('mistakes.json'), '--now', '2022-10-28T10:00+02:00', '--json'];
    const sv = JSON.parse((await cli(args)).stdout).findings;
    const en = JSON.parse((await cli([...args, '--lang', 'en'])).stdout).findings;
    assert.deepEqual(sv.map(shape), en.map(shape));
    sv.forEach((f, i) => assert.notEqual(f.message, en[i].message, f.code));
    assert.equal(
      en.find((f) => f.code === 'stale-disruption').message,
      '$.disruptions[0].end (2022-10-20-epost): the disruption has no end and started 8 days ago; set end once it is resolved.',
    );
    assert.equal(
      en.find((f) => f.code === 'past-window').message,
      '$.maintenance[4].end (2022-10-22-knivsta): the service window is already over and no longer shown; remove it from the document.',
    );
  });

  test('--now decides what is past and stale; a local --now is read in the document zone', async () => {
    const at = async (now) => JSON.parse((await cli(['validate', fixture('mistakes.json'), '--now', now, '--json'])).stdout);
    // The disruption began 2022-10-20T08:00 local: a minute short of 7 days it is not yet stale,
    // a minute past it is.
    const early = await at('2022-10-27T07:59');
    assert.equal(early.now, '2022-10-27T05:59:00.000Z');
    assert.deepEqual(early.findings.filter((f) => f.code === 'stale-disruption'), []);
    assert.equal(early.findings.filter((f) => f.code === 'past-window').length, 1);
    const stale = await at('2022-10-27T08:01');
    assert.deepEqual(stale.findings.filter((f) => f.code === 'stale-disruption').map(shape), [
      { level: 'warning', code: 'stale-disruption', path: '$.disruptions[0].end', itemId: '2022-10-20-epost', params: { days: 7 } },
    ]);
    // Before Knivsta's window ended nothing is past.
    const before = await at('2022-10-22T15:59');
    assert.deepEqual(before.findings.filter((f) => ['past-window', 'stale-disruption'].includes(f.code)), []);
    // A week after the weekend both service windows in valid.json are over.
    const later = JSON.parse((await cli(['validate', fixture('valid.json'), '--now', '2022-11-06T12:00+01:00', '--json'])).stdout);
    assert.deepEqual(later.findings.map(shape), [
      { level: 'warning', code: 'stale-disruption', path: '$.disruptions[0].end', itemId: '2022-10-28-driftstorning', params: { days: 9 } },
      { level: 'warning', code: 'past-window', path: '$.maintenance[0].end', itemId: '2022-10-29-tierp' },
      { level: 'warning', code: 'past-window', path: '$.maintenance[1].end', itemId: '2022-10-30-alvkarleby' },
    ]);
  });

  test('daylight-saving gap and overlap are warned about', async () => {
    const r = await cli(['validate', fixture('dst.json'), '--now', '2022-03-20T12:00+01:00', '--json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout).findings.map(shape).map((f) => [f.code, f.path, f.itemId]), [
      ['nonexistent-time', '$.maintenance[0].start', '2022-03-27-osthammar'],
      ['ambiguous-time', '$.maintenance[1].start', '2022-10-30-osthammar'],
    ]);
  });

  test('text that is not JSON: exit 1 with the error', async () => {
    for (const lang of ['sv', 'en']) {
      const args = ['validate', fixture('not-json.txt'), '--lang', lang];
      const json = JSON.parse((await cli([...args, '--json'])).stdout);
      assert.equal(json.usable, false);
      assert.deepEqual(json.findings.map(shape), [{ level: 'error', code: 'not-json', path: '$' }]);
      const summary = lang === 'sv' ? 'går inte att använda (1 fel, 0 varningar)' : 'not usable (1 error, 0 warnings)';
      assert.deepEqual(await cli(args), {
        code: 1,
        stdout: `${lang === 'sv' ? 'fel' : 'error'} ${json.findings[0].message}\ntest/fixtures/cli/not-json.txt: ${summary}.\n`,
        stderr: '',
      });
    }
  });

  test('a version this tool does not know: exit 1', async () => {
    const r = await cli(['validate', fixture('unknown-version.json'), '--json']);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.usable, false);
    assert.deepEqual(report.findings.map((f) => [f.level, f.code, f.path]), [['error', 'unknown-version', '$.version']]);
  });

  test('a relative link needs --base-url when the document is a local file', async () => {
    const without = JSON.parse((await cli(['validate', fixture('relative-link.json'), '--now', '2022-11-01T00:00Z', '--json'])).stdout);
    assert.deepEqual(without.findings.map((f) => [f.code, f.path, f.itemId]), [['relative-link', '$.maintenance[0].url', '2022-11-19-knivsta']]);
    const withBase = await cli(['validate', fixture('relative-link.json'), '--now', '2022-11-01T00:00Z', '--base-url', 'https://itcentrum.se/status.json']);
    assert.equal(withBase.code, 0);
    assert.match(withBase.stdout, /\(0 fel, 0 varningar\)\.\n$/);
  });

  test('reads standard input for -', async () => {
    const r = await cli(['validate', '-', '--now', '2022-10-28T15:00+02:00'], { stdin: readFileSync(join(ROOT, fixture('valid.json'))) });
    assert.deepEqual(r, { code: 0, stdout: 'stdin: går att använda (0 fel, 0 varningar).\n', stderr: '' });
  });

  test('a file with a byte-order mark reads like the same file without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itc-cli-'));
    try {
      const path = join(dir, 'bom.json');
      writeFileSync(path, '\uFEFF' + readFileSync(join(ROOT, fixture('valid.json')), 'utf8'));
      const r = await cli(['validate', path, '--now', '2022-10-28T15:00+02:00']);
      assert.deepEqual(r, { code: 0, stdout: `${path}: går att använda (0 fel, 0 varningar).\n`, stderr: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files that cannot be read: exit 1, one line, no stack trace', () => {
  const cases = [
    ['validate', 'saknas.json', 'Filen finns inte: saknas.json.', 'File not found: saknas.json.'],
    ['ics', 'saknas.json', 'Filen finns inte: saknas.json.', 'File not found: saknas.json.'],
    ['validate', 'test/fixtures', 'test/fixtures är en mapp, inte en fil.', 'test/fixtures is a folder, not a file.'],
  ];
  for (const [command, path, sv, en] of cases) {
    test(`${command} ${path}`, async () => {
      assert.deepEqual(await cli([command, path]), { code: 1, stdout: '', stderr: sv + '\n' });
      assert.deepEqual(await cli([command, path, '--lang', 'en']), { code: 1, stdout: '', stderr: en + '\n' });
    });
  }
});

describe('URLs', () => {
  let server;
  let base;
  const valid = readFileSync(join(ROOT, fixture('valid.json')), 'utf8');
  const relative = readFileSync(join(ROOT, fixture('relative-link.json')), 'utf8');
  const requests = [];

  before(async () => {
    server = createServer((req, res) => {
      requests.push({ url: req.url, accept: req.headers.accept });
      if (req.url === '/status.json') res.writeHead(200, { 'content-type': 'application/json' }).end(valid);
      else if (req.url === '/relative.json') res.writeHead(200, { 'content-type': 'application/json' }).end(relative);
      else if (req.url === '/text') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Inloggning krävs</p>');
      else if (req.url === '/error') res.writeHead(503).end();
      else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end(valid), 5000);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    });
    server.keepAliveTimeout = 100;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('200: validates the fetched document and asks for JSON', async () => {
    const url = `${base}/status.json`;
    assert.deepEqual(await cli(['validate', url, '--now', '2022-10-28T15:00+02:00']), {
      code: 0,
      stdout: `${url}: går att använda (0 fel, 0 varningar).\n`,
      stderr: '',
    });
    assert.deepEqual(requests.find((r) => r.url === '/status.json'), { url: '/status.json', accept: 'application/json' });
  });

  test('200: relative links resolve against the document URL', async () => {
    const r = await cli(['ics', `${base}/relative.json`, '--now', '2022-11-01T00:00Z']);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const [event] = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent');
    assert.equal(event.getFirstPropertyValue('url'), `${base}/driftinformation/knivsta`);
  });

  test('404 and 503: exit 1 naming the status code', async () => {
    for (const [path, status] of [['/saknas.json', '404 Not Found'], ['/error', '503 Service Unavailable']]) {
      const url = base + path;
      assert.deepEqual(await cli(['validate', url]), { code: 1, stdout: '', stderr: `Kunde inte hämta ${url}: servern svarade HTTP ${status}.\n` });
      assert.deepEqual(await cli(['ics', url, '--lang', 'en']), { code: 1, stdout: '', stderr: `Could not fetch ${url}: the server answered HTTP ${status}.\n` });
    }
  });

  test('200 with text that is not JSON (a login page): not usable', async () => {
    const url = `${base}/text`;
    const r = await cli(['validate', url, '--json']);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).findings.map(shape), [{ level: 'error', code: 'not-json', path: '$' }]);
    const ics = await cli(['ics', url]);
    assert.equal(ics.code, 1);
    assert.equal(ics.stdout, '');
    assert.equal(ics.stderr, JSON.parse(r.stdout).findings[0].message + '\n');
  });

  test('no answer within --timeout: exit 1', async () => {
    const url = `${base}/slow`;
    assert.deepEqual(await cli(['validate', url, '--timeout', '0.3']), { code: 1, stdout: '', stderr: `Kunde inte hämta ${url}: inget svar inom 0.3 sekunder.\n` });
    assert.deepEqual(await cli(['validate', url, '--timeout', '0.3', '--lang', 'en']), { code: 1, stdout: '', stderr: `Could not fetch ${url}: no answer within 0.3 seconds.\n` });
  });

  test('nobody listening: exit 1 with the network error', async () => {
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${closed.address().port}/status.json`;
    await new Promise((resolve) => closed.close(resolve));
    assert.deepEqual(await cli(['validate', url]), { code: 1, stdout: '', stderr: `Kunde inte hämta ${url}: nätverksfel (ECONNREFUSED).\n` });
    assert.deepEqual(await cli(['ics', url, '--lang', 'en']), { code: 1, stdout: '', stderr: `Could not fetch ${url}: network error (ECONNREFUSED).\n` });
  });
});

describe('ics', () => {
  const NOW = '2022-10-28T15:00+02:00';
  const parse = (text) => new ICAL.Component(ICAL.parse(text));
  const iso = (event, name) => event.getFirstPropertyValue(name).toJSDate().toISOString();
  const octets = (s) => Buffer.byteLength(s, 'utf8');

  test('one event per service window, every field checked through ical.js', async () => {
    const r = await cli(['ics', fixture('valid.json'), '--now', NOW]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const calendar = parse(r.stdout);
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//IT-Centrum//itc-status//SV');
    assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    const [tierp, alvkarleby, ...rest] = calendar.getAllSubcomponents('vevent');
    assert.equal(rest.length, 0);

    assert.equal(tierp.getFirstPropertyValue('uid'), '2022-10-29-tierp@itc-status');
    assert.equal(iso(tierp, 'dtstamp'), '2022-10-28T13:00:00.000Z');
    assert.equal(iso(tierp, 'dtstart'), '2022-10-29T08:00:00.000Z'); // 10.00 CEST
    assert.equal(iso(tierp, 'dtend'), '2022-10-29T18:00:00.000Z');
    assert.equal(tierp.getFirstPropertyValue('summary'), 'Servicefönster – Tierp');
    assert.equal(
      tierp.getFirstPropertyValue('description'),
      'Planerat underhåll av kommunens IT-miljö, system och tjänster. Personal kan förvänta sig störningar på de flesta system.\n\n' +
        'Berörda system:\nPersonalsystemen kl. 10–14\nTierpsbyggen kl. 12–14\n\n' +
        'Vid behov nås vi via ordinarie supporttelefonnummer mellan 10–16 under helgen.\n\n' +
        'Mer information: https://itcentrum.se/driftinformation/servicefonster-2022-10-29',
    );
    assert.equal(tierp.getFirstPropertyValue('url'), 'https://itcentrum.se/driftinformation/servicefonster-2022-10-29');

    // Sunday 2022-10-30: clocks went back at 03:00, so 10.00 local is 09:00Z.
    assert.equal(alvkarleby.getFirstPropertyValue('uid'), '2022-10-30-alvkarleby@itc-status');
    assert.equal(iso(alvkarleby, 'dtstamp'), '2022-10-28T13:00:00.000Z');
    assert.equal(iso(alvkarleby, 'dtstart'), '2022-10-30T09:00:00.000Z');
    assert.equal(iso(alvkarleby, 'dtend'), '2022-10-30T19:00:00.000Z');
    assert.equal(alvkarleby.getFirstPropertyValue('summary'), 'Servicefönster – Älvkarleby');
    assert.equal(
      alvkarleby.getFirstPropertyValue('description'),
      'Planerat underhåll av kommunens IT-miljö, system och tjänster. Personal kan förvänta sig störningar på de flesta system.\n\n' +
        'Berörda system:\nTreserva kl. 10–13\nTES kl. 10–13\n\n' +
        'Vid behov nås vi via ordinarie supporttelefonnummer mellan 10–16 under helgen.',
    );
    assert.equal(alvkarleby.getFirstProperty('url'), null);
  });

  test('UTC times, CRLF line endings, lines of at most 75 octets', async () => {
    const { stdout } = await cli(['ics', fixture('escaping.json'), '--now', NOW]);
    assert.ok(stdout.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(stdout.replace(/\r\n/g, ''), /[\r\n]/);
    const lines = stdout.split('\r\n');
    for (const line of lines) assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
    assert.ok(lines.some((l) => l.startsWith(' ')), 'the long description is folded');
    assert.ok(lines.includes('DTSTART:20221112T170000Z'));
    assert.ok(lines.includes('DTEND:20221113T010000Z'));
    // Folding never split a multi-byte character: every physical line is valid UTF-8 by itself.
    const bytes = Buffer.from(stdout, 'utf8');
    for (const line of bytes.toString('latin1').split('\r\n')) {
      const raw = Buffer.from(line, 'latin1');
      assert.equal(Buffer.from(raw.toString('utf8'), 'utf8').equals(raw), true, line);
    }
  });

  test('escaped text reads back exactly', async () => {
    const { stdout } = await cli(['ics', fixture('escaping.json'), '--now', NOW]);
    assert.ok(stdout.includes('\r\nSUMMARY:Byte av brandvägg\\; del 1\\, etapp 2 – Heby\\, Knivsta\r\n'));
    const [event] = parse(stdout).getAllSubcomponents('vevent');
    const source = JSON.parse(readFileSync(join(ROOT, fixture('escaping.json')), 'utf8')).maintenance[0];
    assert.equal(event.getFirstPropertyValue('summary'), 'Byte av brandvägg; del 1, etapp 2 – Heby, Knivsta');
    assert.equal(
      event.getFirstPropertyValue('description'),
      `${source.description}\n\nBerörda system:\nBrandvägg kl. 18–22\n\nMer information: ${source.url}`,
    );
    assert.equal(event.getFirstPropertyValue('url'), source.url);
  });

  test('--municipality keeps the windows for the municipalities named (id or name, any case)', async () => {
    const uids = async (query) => {
      const r = await cli(['ics', fixture('valid.json'), '--now', NOW, '--municipality', query]);
      assert.equal(r.code, 0, r.stderr);
      return parse(r.stdout).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    };
    assert.deepEqual(await uids('tierp'), ['2022-10-29-tierp@itc-status']);
    assert.deepEqual(await uids('ÄLVKARLEBY'), ['2022-10-30-alvkarleby@itc-status']);
    assert.deepEqual(await uids('Tierp,alvkarleby'), ['2022-10-29-tierp@itc-status', '2022-10-30-alvkarleby@itc-status']);
    assert.deepEqual(await uids('heby'), []);
  });

  test('--municipality with a name the document does not know: exit 2', async () => {
    const known = 'heby, alvkarleby, knivsta, tierp, osthammar';
    assert.deepEqual(await cli(['ics', fixture('valid.json'), '--municipality', 'tierp,uppsala']), {
      code: 2,
      stdout: '',
      stderr: `Okänd kommun: uppsala. Kommuner i dokumentet: ${known}.\n${HINT.sv}\n`,
    });
    assert.deepEqual(await cli(['ics', fixture('valid.json'), '--municipality', 'uppsala', '--lang', 'en']), {
      code: 2,
      stdout: '',
      stderr: `Unknown municipality: uppsala. Municipalities in the document: ${known}.\n${HINT.en}\n`,
    });
  });

  test('--lang en writes English labels', async () => {
    const { stdout } = await cli(['ics', fixture('valid.json'), '--now', NOW, '--municipality', 'alvkarleby', '--lang', 'en']);
    const calendar = parse(stdout);
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//IT-Centrum//itc-status//EN');
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Service windows');
    const [event] = calendar.getAllSubcomponents('vevent');
    assert.match(event.getFirstPropertyValue('description'), /\n\nAffected systems:\nTreserva 10:00–13:00\nTES 10:00–13:00\n\n/);
  });

  test('-o writes the file and says so; the same bytes as standard output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itc-cli-'));
    try {
      const out = join(dir, 'servicefonster.ics');
      const r = await cli(['ics', fixture('valid.json'), '--now', NOW, '-o', out]);
      assert.deepEqual(r, { code: 0, stdout: '', stderr: `Skrev 2 servicefönster till ${out}.\n` });
      const plain = await cli(['ics', fixture('valid.json'), '--now', NOW]);
      assert.equal(readFileSync(out, 'utf8'), plain.stdout);
      const en = await cli(['ics', fixture('valid.json'), '--now', NOW, '--output', out, '--municipality', 'tierp', '--lang', 'en']);
      assert.deepEqual(en, { code: 0, stdout: '', stderr: `Wrote 1 service window to ${out}.\n` });
      const missing = join(dir, 'saknas', 'x.ics');
      assert.deepEqual(await cli(['ics', fixture('valid.json'), '-o', missing]), { code: 1, stdout: '', stderr: `Kunde inte skriva ${missing} (ENOENT).\n` });
      assert.deepEqual(await cli(['ics', fixture('valid.json'), '-o', missing, '--lang', 'en']), { code: 1, stdout: '', stderr: `Could not write ${missing} (ENOENT).\n` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a document with warnings still gives its usable windows, with a note on stderr', async () => {
    const r = await cli(['ics', fixture('mistakes.json'), '--now', NOW]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'Dokumentet har 0 fel, 5 varningar; kör itc-status validate för detaljer.\n');
    const uids = parse(r.stdout).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    assert.deepEqual(uids, ['2022-10-30-alvkarleby@itc-status', '2022-10-29-tierp@itc-status', '2022-10-22-knivsta@itc-status']);
    const en = await cli(['ics', fixture('mistakes.json'), '--now', NOW, '--lang', 'en']);
    assert.equal(en.stderr, 'The document has 0 errors, 5 warnings; run itc-status validate for details.\n');
  });

  test('a reader that stops early ends the tool quietly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itc-cli-'));
    try {
      const doc = JSON.parse(readFileSync(join(ROOT, fixture('valid.json')), 'utf8'));
      doc.maintenance = Array.from({ length: 3000 }, (_, i) => ({ ...doc.maintenance[0], id: `w${i}` }));
      const path = join(dir, 'many.json');
      writeFileSync(path, JSON.stringify(doc));
      const result = await new Promise((resolve) => {
        const child = spawn(process.execPath, [CLI, 'ics', path, '--now', NOW]);
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('close', (code) => resolve({ code, stderr }));
      });
      assert.deepEqual(result, { code: 0, stderr: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a document that is not usable gives no calendar: exit 1', async () => {
    const r = await cli(['ics', fixture('unknown-version.json')]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const validate = JSON.parse((await cli(['validate', fixture('unknown-version.json'), '--json'])).stdout);
    assert.equal(r.stderr, validate.findings[0].message + '\n');
  });
});

describe('the same output in every time zone of the machine', () => {
  const runs = [
    ['validate', fixture('mistakes.json'), '--now', '2022-10-28T10:00'],
    ['validate', fixture('mistakes.json'), '--now', '2022-10-28T10:00', '--lang', 'en', '--json'],
    ['validate', fixture('dst.json'), '--now', '2022-03-27T02:30'],
    ['ics', fixture('valid.json'), '--now', '2022-10-28T15:00'],
    ['ics', fixture('dst.json'), '--now', '2022-10-30T02:30', '--lang', 'en'],
  ];
  for (const args of runs) {
    test(args.join(' '), async () => {
      const results = await Promise.all(['UTC', 'America/New_York', 'Asia/Tokyo'].map((TZ) => cli(args, { env: { TZ } })));
      const stockholm = await cli(args);
      assert.ok(stockholm.stdout.length > 0);
      for (const r of results) assert.deepEqual(r, stockholm);
    });
  }

  test('the zone really differs between the runs', async () => {
    // Guards the test above: Node honours TZ, so identical output is the tool's doing.
    const offsets = await Promise.all(
      ['UTC', 'America/New_York', 'Asia/Tokyo'].map(
        (TZ) =>
          new Promise((resolve) => {
            const child = spawn(process.execPath, ['-p', 'new Date(0).getTimezoneOffset()'], { env: { ...process.env, TZ } });
            let out = '';
            child.stdout.on('data', (d) => (out += d));
            child.on('close', () => resolve(out.trim()));
          }),
      ),
    );
    assert.deepEqual(offsets, ['0', '300', '-540']);
  });
});
