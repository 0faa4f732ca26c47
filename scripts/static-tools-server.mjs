// Test-only: the built folder (dist/) served by a plain static server, as a hospice's web server
// or a static host would serve it: files and their types, nothing else (not scripts/serve.mjs,
// not the test runner's server). The builder and publish tests open dist/tools/ through it, and
// ask it which paths were requested (`static-dist` gives { origin, requests }).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('dist');
/** The test's driver page (test/demo/static-driver/), at /__driver/ beside the built files. */
const driver = resolve('test/demo/static-driver');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function staticDistPlugin() {
  let server;
  let origin = '';
  const requests = [];
  return {
    name: 'static-dist',
    async serverStart() {
      server = createServer((req, res) => {
        const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        requests.push(path);
        const inDriver = path.startsWith('/__driver/');
        const base = inDriver ? driver : root;
        const file = join(base, normalize(inDriver ? path.slice('/__driver'.length) : path));
        try {
          if (!file.startsWith(base) || !statSync(file).isFile()) throw new Error('no file');
        } catch {
          return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        }
        res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      });
      await new Promise((done) => server.listen(0, '127.0.0.1', done));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server?.closeAllConnections?.();
      await new Promise((done) => (server ? server.close(done) : done()));
    },
    executeCommand({ command }) {
      return command === 'static-dist' ? { origin, requests: [...requests] } : undefined;
    },
  };
}
