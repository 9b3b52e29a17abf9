// A manual check, not part of `npm test`: does WebKit (Safari's engine) send the consent cookie
// with a same-origin proof and apply the Set-Cookie of its answer? Drives WebKitGTK's
// MiniBrowser through WebKitWebDriver under xvfb (Debian: webkit2gtk-driver, xvfb), with the
// built dist/kelisim.js. The element keeps its choice 30 days, the server says 200: the check
// passes when the cookie ends up expiring in 200 days.
//   node scripts/webkit-cookie-refresh.mjs [--driver-port 4419]
import {spawn} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {createServer, request} from 'node:http';
import {parseArgs} from 'node:util';
import {startServer} from '../test/helpers.js';

const {values} = parseArgs({options: {'driver-port': {type: 'string', default: '4419'}}});
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Only the cookie is under test here, so the store just says "stored".
const server = await startServer({append: async () => ({stored: true})}, {COOKIE_REFRESH: 'true', COOKIE_DAYS: '200'});
const bundle = await readFile(new URL('../../dist/kelisim.js', import.meta.url));
const page = `<!doctype html><html lang="en"><head><script src="/kelisim.js"></script></head>
<body><kelisim-consent consent-endpoint="/v1/proofs" expires-days="30"></kelisim-consent></body></html>`;
let sentCookie = false;
const site = createServer((req, res) => {
  if (req.url.startsWith('/v1/')) {
    sentCookie ||= /kelisim=/.test(req.headers.cookie ?? '');
    const target = new URL(server.url);
    const proxied = request(
      {host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers},
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      }
    );
    req.pipe(proxied);
  } else if (req.url === '/kelisim.js') res.writeHead(200, {'content-type': 'text/javascript'}).end(bundle);
  else res.writeHead(200, {'content-type': 'text/html'}).end(page);
});
await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));

const port = values['driver-port'];
const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {stdio: 'ignore', detached: true});
const wd = async (method, path, body) => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: {'content-type': 'application/json'},
    body: body && JSON.stringify(body),
  });
  return (await response.json()).value;
};
let days = 0;
try {
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      break;
    } catch {
      await wait(500);
    }
  }
  const {sessionId} = await wd('POST', '/session', {
    capabilities: {alwaysMatch: {'webkitgtk:browserOptions': {binary: MINIBROWSER, args: ['--automation']}}},
  });
  const session = `/session/${sessionId}`;
  await wd('POST', `${session}/url`, {url: `http://127.0.0.1:${site.address().port}/shop/`});
  await wd('POST', `${session}/execute/async`, {
    script:
      'const done = arguments[0]; customElements.whenDefined("kelisim-consent").then(() => { window.Kelisim.acceptAll(); done(); });',
    args: [],
  });
  for (let attempt = 0; attempt < 40 && days < 100; attempt++) {
    await wait(250);
    const cookie = (await wd('GET', `${session}/cookie`)).find((item) => item.name === 'kelisim');
    days = cookie ? (cookie.expiry * 1000 - Date.now()) / 86400e3 : 0;
  }
  await wd('DELETE', session);
} finally {
  process.kill(-driver.pid, 'SIGTERM');
  site.close();
  await server.close();
}
console.log(`WebKit sent the cookie with the proof: ${sentCookie}; the cookie now expires in ${days.toFixed(1)} days`);
process.exitCode = sentCookie && Math.abs(days - 200) < 1 ? 0 : 1;
