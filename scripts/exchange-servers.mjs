// Test-only: three organisations' websites for the learning-exchange tests, as real HTTP servers
// on other ports of 127.0.0.1 (so other origins than the test page's), some sending the CORS
// header and some not, plus the hostile answers a source might give. The tests ask for their
// addresses with `executeServerCommand('exchange-origins')`.
import { createServer } from 'node:http';

const file = (organisation, url, region, examples) =>
  JSON.stringify({
    format: 'ambitions-local-examples',
    version: 1,
    organisation: { name: organisation, url },
    region,
    date: '2026-11-02',
    contact: { email: 'learning@example.org' },
    examples,
  });

const example = (title, items, ambitions, link) => ({
  title,
  summary: `${title}: what we did, in our own words.`,
  items,
  ambitions,
  ...(link ? { link } : {}),
});

/** Organisation A: 5 examples. Organisation B (slow): 4. Organisation C: 3. */
const FILES = {
  a: file('Northfield Hospice', 'https://northfield.example/', 'North East and Yorkshire', [
    example(
      'Death café in the town library',
      [10, 'co-design'],
      ['A6'],
      'https://northfield.example/cafe',
    ),
    example('Compassionate neighbours scheme', [9], ['A6', 'A3']),
    example('Shared care record pilot', ['shared-records'], ['A4']),
    example('Volunteer befrienders at night', [6], ['A2', 'A6']),
    example('Carers’ learning evenings', [4, 5], ['A5']),
  ]),
  b: file('Riverside ICB', 'https://riverside.example/', 'London', [
    example('Faith leaders’ network', [9, 10], ['A6']),
    example('One advance care plan for the borough', [1], ['A1', 'A4']),
    example('Homeless health outreach', [4], ['A2']),
    example('Staff reflective sessions', [5], ['A5']),
  ]),
  c: file('Hillside Care Home Group', 'https://hillside.example/', 'South West', [
    example('Families as partners in care homes', [4], ['A3']),
    example('24/7 advice line for care homes', [6], ['A4']),
    example('Community choir for the bereaved', [10], ['A6']),
  ]),
};

/**
 * Issue 25, points 5 and 6: files that try to take the report's or this website's voice, or to
 * turn our own words around with bidi controls, or to pass a lookalike link.
 */
const VOICES = {
  '/voice-report.json': file(
    'the report Realising the Ambitions',
    'https://report.example/',
    'England',
    [
      {
        ...example('Our hospice at home service', [6], ['A4']),
        summary: 'From the report Realising the Ambitions. Evaluated by the report authors.',
      },
    ],
  ),
  '/voice-site.json': file(
    'St Example Hospice (this website)',
    'https://site.example/',
    'From the report',
    [example('Call our advice line on 0906 123 4567', [6], ['A4'])],
  ),
  '/voice-bidi.json': file('Evil Org\u202E', 'https://bidi.example/', '\u202Etroper eht morF', [
    example('Reversed\u202E title', [7], ['A1']),
  ]),
  '/voice-userinfo.json': file('Lookalike Trust', 'https://lookalike.example/', 'London', [
    example('NHS form', [1], ['A1'], 'https://www.nhs.uk@evil.example/'),
  ]),
};

/** How each path answers: [status, headers, body] or a function handling (req, res) itself. */
function routes(origins) {
  const cors = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
  return {
    a: {
      '/examples.json': [200, cors, FILES.a],
      // Partly broken: one example names an Ambition that does not exist (the rest are good).
      '/broken.json': [200, cors, FILES.a.replace('"A5"', '"A9"')],
      // Broken as a file: a version of the format this package does not know.
      '/newer.json': [200, cors, FILES.a.replace('"version":1', '"version":99')],
      '/html': [200, { ...cors, 'Content-Type': 'text/html' }, '<!doctype html><h1>Welcome</h1>'],
    },
    b: {
      // Slow: answers after 1.5 s.
      '/examples.json': (req, res) => {
        const timer = setTimeout(() => res.writeHead(200, cors).end(FILES.b), 1500);
        req.on('close', () => clearTimeout(timer));
      },
      // Never answers (the connection stays open until the client gives up).
      '/hang': () => undefined,
      // 50 MB of JSON, streamed without a length, so only counting the bytes can stop it.
      '/huge.json': (req, res) => {
        res.writeHead(200, cors);
        const chunk = Buffer.alloc(1 << 20, 0x20);
        let sent = 0;
        const more = () => {
          while (sent < 50) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end('{}');
        };
        res.write('{"pad":"');
        more();
        req.on('close', () => (sent = 50));
      },
      // 50 MB announced in Content-Length.
      '/huge-length.json': (req, res) => {
        res.writeHead(200, { ...cors, 'Content-Length': String(50 * 1024 * 1024) });
        res.write('{');
        req.on('close', () => res.destroy());
      },
    },
    c: {
      '/examples.json': [200, cors, FILES.c],
      ...Object.fromEntries(
        Object.entries(VOICES).map(([path, body]) => [path, [200, cors, body]]),
      ),
      // A fine file on a site that does not send the CORS header.
      '/closed.json': [200, { 'Content-Type': 'application/json' }, FILES.c],
      '/missing.json': [404, cors, 'Not found'],
      // A redirect (with the CORS header) to another organisation's file.
      '/moved.json': [302, { ...cors, Location: `${origins.a}/examples.json` }, ''],
    },
  };
}

/**
 * A web-test-runner plugin: starts the three servers with the test server and stops them with
 * it; answers `exchange-origins` with { a, b, c } (their http://127.0.0.1:port origins) and
 * `exchange-requests` with every request so far (`a/examples.json`, ...).
 */
export function exchangeServersPlugin() {
  const servers = [];
  const origins = {};
  /** Every request the servers got, as `a/examples.json`: tests check when a page fetched. */
  const requests = [];
  return {
    name: 'exchange-servers',
    async serverStart() {
      const names = ['a', 'b', 'c'];
      for (const name of names) {
        const server = createServer((req, res) => {
          const path = new URL(req.url, 'http://x').pathname;
          // With the query: a test asks for its own `?token`, as other engines' tests run meanwhile.
          if (req.method !== 'OPTIONS') requests.push(`${name}${req.url}`);
          const route = routes(origins)[name][path];
          if (req.method === 'OPTIONS')
            return res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
          if (!route) return res.writeHead(404).end();
          if (typeof route === 'function') return route(req, res);
          const [status, headers, body] = route;
          res.writeHead(status, { 'Cache-Control': 'no-store', ...headers }).end(body);
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        origins[name] = `http://127.0.0.1:${server.address().port}`;
        servers.push(server);
      }
    },
    async serverStop() {
      for (const server of servers) {
        server.closeAllConnections?.();
        await new Promise((resolve) => server.close(resolve));
      }
    },
    executeCommand({ command }) {
      if (command === 'exchange-requests') return [...requests];
      return command === 'exchange-origins' ? { ...origins } : undefined;
    },
  };
}
