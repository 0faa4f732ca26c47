// Serves the project folder (demo/ and the built dist/) on a local port for `npm start`.
// A few lines of Node instead of a dependency: the demo needs static files and nothing else.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** Maps a URL path to a file inside the root, or undefined (no escaping the folder). */
function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0]));
  let file = join(root, path);
  if (!file.startsWith(root)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const server = createServer((request, response) => {
  if (request.url === '/' || request.url === '') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  if (request.url === '/favicon.ico') {
    // Browsers ask for it on their own; answering "no content" keeps the console free of 404s.
    response.writeHead(204).end();
    return;
  }
  const file = fileFor(request.url ?? '/');
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

const port = process.env.PORT ? Number(process.env.PORT) : 8080; // PORT=0: any free port
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, '127.0.0.1');
  else throw error;
});
server.on('listening', () => {
  const { port: actual } = server.address();
  console.log(`Demo running at http://localhost:${actual}/demo/  (Ctrl+C to stop)`);
});
server.listen(port, '127.0.0.1');
