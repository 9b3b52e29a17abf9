// Serves an example's production build from 127.0.0.1, as a static host would: files as they
// are, `about` as `about.html` or `about/index.html`, and the app's own page for other paths
// (single-page apps route in the browser). Usage: node static-server.mjs <dir> <port>
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, resolve} from 'node:path';
import {decodedPath} from '../../scripts/serve.mjs';

const [dir, port] = process.argv.slice(2);
const root = resolve(dir);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const isFile = (file) => file.startsWith(root) && existsSync(file) && statSync(file).isFile();

createServer((request, response) => {
  const decoded = decodedPath(new URL(request.url, 'http://127.0.0.1').pathname);
  if (decoded === undefined) return response.writeHead(400).end('malformed URL');
  const path = join(root, decoded);
  const file = [path, `${path}.html`, join(path, 'index.html')].find(isFile) ?? join(root, 'index.html');
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
  createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1');
