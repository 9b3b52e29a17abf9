// A small static server for the demo and the page tests, bound to 127.0.0.1 only.
// Usage: node scripts/serve.mjs [--port 8080]
// Serves demo/ at /, the script-tag build at /kelisim.js and dist/ at /dist/.
import {createReadStream, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const mounts = [
  ['/kelisim.js', 'dist/kelisim.js'],
  ['/dist/', 'dist/'],
  ['/', 'demo/'],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Maps a URL path to a file inside one of the mounts, never outside them. */
function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (pathname !== prefix && !(prefix.endsWith('/') && pathname.startsWith(prefix))) continue;
    const base = resolve(root, dir);
    const file = normalize(join(base, prefix.endsWith('/') ? pathname.slice(prefix.length) : ''));
    if (!file.startsWith(base)) return undefined;
    try {
      return statSync(file).isDirectory() ? join(file, 'index.html') : file;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function serve(port = 0) {
  const server = createServer((request, response) => {
    const {pathname} = new URL(request.url, 'http://127.0.0.1');
    const decoded = decodedPath(pathname);
    if (decoded === undefined) {
      response.writeHead(400, {'content-type': 'text/plain'}).end('malformed URL');
      return;
    }
    // The SPA demo routes with history: its deep links are served its one page.
    const file = fileFor(decoded) ?? (pathname.startsWith('/spa/') ? fileFor('/spa/') : undefined);
    if (!file) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portArgument = process.argv.indexOf('--port');
  const port = portArgument > 0 ? Number(process.argv[portArgument + 1]) : 8080;
  const server = await serve(port);
  console.log(`Kelisim demo: http://127.0.0.1:${server.address().port}/`);
}

/** The path with its %-escapes decoded, or undefined for a malformed one (`/%E0%A4%A`). */
export function decodedPath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}
