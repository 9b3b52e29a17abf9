// Real Chromium: a site page with the built dist/kelisim.js posts its proof through the site's
// own origin (a proxy standing in for nginx) to the server; and the admin page, as a person sees it.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {createServer, request} from 'node:http';
import {after, before, describe, it} from 'node:test';
import {chromium} from 'playwright';
import {chromiumLaunchOptions} from '../../test/browsers.js';
import {uaFamily} from '../src/visitor.js';
import {ADMIN_TOKEN, openTestDb, startServer} from './helpers.js';

const DAY_MS = 24 * 3600 * 1000;
const BUNDLE = new URL('../../dist/kelisim.js', import.meta.url);
/** The element keeps its choice 30 days; the server is told 200, so its re-set cookie is told apart. */
const SCRIPT_DAYS = 30;
const SERVER_DAYS = 200;

/** Serves the page and the bundle, and passes /v1/proofs to the server as nginx would. */
async function startSite(target) {
  const bundle = await readFile(BUNDLE).catch(() => assert.fail('dist/kelisim.js is missing: run npm run build first'));
  const page = `<!doctype html><html lang="en"><head><title>Shop</title><script src="/kelisim.js"></script></head>
<body><h1>Shop</h1><kelisim-consent consent-endpoint="/v1/proofs" revision="4" expires-days="${SCRIPT_DAYS}"></kelisim-consent></body></html>`;
  const site = createServer((req, res) => {
    if (req.url.startsWith('/v1/')) {
      const upstream = new URL(target);
      const proxied = request(
        {host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers},
        (answer) => {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        }
      );
      req.pipe(proxied);
    } else if (req.url === '/kelisim.js') res.writeHead(200, {'content-type': 'text/javascript'}).end(bundle);
    else if (req.url.startsWith('/shop/')) res.writeHead(200, {'content-type': 'text/html'}).end(page);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${site.address().port}`, close: () => new Promise((resolve) => site.close(resolve))};
}

describe('in Chromium', () => {
  let test;
  let server;
  let site;
  let browser;
  before(async () => {
    test = await openTestDb();
    server = await startServer(test.store, {COOKIE_REFRESH: 'true', COOKIE_DAYS: String(SERVER_DAYS)});
    site = await startSite(server.url);
    browser = await chromium.launch(chromiumLaunchOptions);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await server?.close();
    await test?.close();
  });

  it('a visitor accepts on a demo page: the proof is stored with the right fields and no query string', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/shop/?email=visitor%40mail.kz&utm_source=x#reviews`);
    await page.locator('kelisim-consent [part~="banner"] [part~="accept-button"]').click();
    const {id, categories, userAgent} = await page.evaluate(() => ({
      id: window.Kelisim.getConsent().record.id,
      categories: Object.keys(window.Kelisim.getConsent().record.granted),
      userAgent: navigator.userAgent,
    }));
    let history = [];
    for (let attempt = 0; attempt < 100 && !history.length; attempt++) {
      history = await test.store.history(id);
      if (!history.length) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(history.length, 1, 'the proof reached the database');
    const [row] = history;
    assert.deepEqual(
      {...row, decidedAt: undefined, receivedAt: undefined},
      {
        consentId: id,
        decidedAt: undefined,
        receivedAt: undefined,
        revision: 4,
        granted: categories,
        denied: [],
        language: 'en',
        origin: site.url,
        path: '/shop/',
        source: 'accept-all',
        uaFamily: uaFamily(userAgent),
        client: '127.0.0.0',
      }
    );
    assert.ok(row.decidedAt <= row.receivedAt);
    assert.doesNotMatch(JSON.stringify(row), /email|visitor|utm|reviews/);
    await context.close();
  });

  it("with COOKIE_REFRESH, the proof's response re-sets the consent cookie for as long as the server says", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/shop/`);
    const expiry = async () => (await context.cookies()).find((cookie) => cookie.name === 'kelisim')?.expires ?? 0;
    await page.locator('kelisim-consent [part~="banner"] [part~="reject-button"]').click();
    const id = await page.evaluate(() => window.Kelisim.getConsent().record.id);
    let expires = await expiry();
    for (let attempt = 0; attempt < 100 && expires * 1000 < Date.now() + (SCRIPT_DAYS + 1) * DAY_MS; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expires = await expiry();
    }
    // Set by the script for 30 days, then by the proof's response for 200.
    assert.ok(
      Math.abs(expires * 1000 - (Date.now() + SERVER_DAYS * DAY_MS)) < DAY_MS,
      `cookie expires ${new Date(expires * 1000).toISOString()}`
    );
    const [cookie] = (await context.cookies()).filter((item) => item.name === 'kelisim');
    assert.equal(cookie.value.split('.')[1], id);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    await context.close();
  });

  it('the admin page shows the chart, the rates, a lookup and the export', async () => {
    const context = await browser.newContext({httpCredentials: {username: 'admin', password: ADMIN_TOKEN}});
    const page = await context.newPage();
    await page.goto(`${server.url}/admin`);
    const [accepted] = await test.store.history((await exportedIds())[0]);
    const categories = [...accepted.granted].sort();
    // A bar for the day's decisions, and one line per category, as the legend says.
    assert.equal(await page.locator('#chart rect').count(), 1);
    assert.equal(await page.locator('#chart polyline').count(), categories.length);
    assert.deepEqual(await page.locator('.legend span').allTextContents(), [
      'all decisions',
      ...categories.map((id) => `${id} granted`),
    ]);
    const sources = await page.locator('#sources tr').allTextContents();
    assert.deepEqual(sources.slice(1).sort(), ['accept-all150%', 'reject-all150%']);

    await page.getByLabel('consent id').fill(accepted.consentId);
    await page.getByRole('button', {name: 'Look up'}).click();
    await page.waitForURL(/id=/);
    assert.match(await page.locator('#lookup').textContent(), /accept-all/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', {name: 'CSV'}).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.equal(csv.trim().split('\r\n').length, 3);
    assert.ok(csv.includes(accepted.consentId));
    await context.close();
  });

  async function exportedIds() {
    const ids = [];
    for await (const row of test.store.export({
      from: new Date(Date.now() - DAY_MS),
      to: new Date(Date.now() + DAY_MS),
    })) {
      if (row.source === 'accept-all') ids.push(row.consentId);
    }
    return ids;
  }
});
