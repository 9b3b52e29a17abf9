import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {csvLine} from '../src/export-format.js';
import {uaFamily} from '../src/visitor.js';
import {ADMIN_TOKEN, openTestDb, proofBody, startServer} from './helpers.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('POST /v1/proofs', () => {
  let test;
  let server;
  before(async () => {
    test = await openTestDb();
    server = await startServer(test.store);
  });
  after(async () => {
    await server.close();
    await test.close();
  });

  it('stores what the element sends, keeping origin and path but no query or fragment', async () => {
    const body = proofBody();
    const response = await server.post(body, {'user-agent': FIREFOX, origin: 'https://orta.community'});
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), {id: body.id, stored: true, duplicate: false});
    const [row] = await test.store.history(body.id);
    assert.deepEqual(
      {...row, receivedAt: undefined},
      {
        consentId: body.id,
        decidedAt: new Date(body.time),
        receivedAt: undefined,
        revision: 2,
        granted: ['essential', 'performance'],
        denied: ['functional'],
        language: 'kk',
        origin: 'https://orta.community',
        path: '/kk/events',
        source: 'accept-all',
        uaFamily: 'firefox',
        client: '127.0.0.0',
      }
    );
  });

  it('takes the page as origin and path too, and strips a query from the path', async () => {
    const body = proofBody({url: undefined, origin: 'https://orta.community', path: '/ru/?q=secret#top'});
    assert.equal((await server.post(body, {'content-type': 'application/json'})).status, 201);
    const [row] = await test.store.history(body.id);
    assert.equal(`${row.origin}${row.path}`, 'https://orta.community/ru/');
  });

  it('stores the same proof sent twice once, and says so', async () => {
    const body = proofBody();
    assert.equal((await server.post(body)).status, 201);
    const again = await server.post(body);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), {id: body.id, stored: false, duplicate: true});
    assert.equal((await test.store.history(body.id)).length, 1);
  });

  it('answers CORS for allowed origins only', async () => {
    const strict = await startServer(test.store, {ALLOWED_ORIGINS: 'https://orta.community'});
    const preflight = (origin) =>
      fetch(`${strict.url}/v1/proofs`, {method: 'OPTIONS', headers: {origin, 'access-control-request-method': 'POST'}});
    assert.equal(
      (await preflight('https://orta.community')).headers.get('access-control-allow-origin'),
      'https://orta.community'
    );
    assert.equal((await preflight('https://evil.example')).headers.get('access-control-allow-origin'), null);
    const foreign = proofBody({url: 'https://evil.example/'});
    const refused = await strict.post(foreign, {origin: 'https://evil.example'});
    assert.equal(refused.status, 403);
    assert.match((await refused.json()).error, /ALLOWED_ORIGINS/);
    assert.deepEqual(await test.store.history(foreign.id), []);
    await strict.close();
  });

  it('refuses a proof for a page on another origin than the request', async () => {
    const body = proofBody();
    const response = await server.post(body, {origin: 'https://evil.example'});
    assert.equal(response.status, 400);
    assert.deepEqual(await test.store.history(body.id), []);
  });

  it('slows down one address that sends too many proofs', async () => {
    const limited = await startServer(test.store, {RATE_LIMIT: '3'});
    const statuses = [];
    for (let index = 0; index < 8; index++) statuses.push((await limited.post(proofBody())).status);
    // A burst of twice the per-minute rate goes through, then 429.
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 201, 429, 429]);
    const last = await limited.post(proofBody());
    assert.ok(Number(last.headers.get('retry-after')) > 0);
    await limited.close();
  });

  it('keeps a keyed hash of the address instead, when asked', async () => {
    const hashing = await startServer(test.store, {CLIENT_ADDRESS: 'hash', ADDRESS_SALT: 'pepper'});
    const first = proofBody();
    const second = proofBody();
    await hashing.post(first);
    await hashing.post(second);
    const [[a], [b]] = await Promise.all([test.store.history(first.id), test.store.history(second.id)]);
    assert.equal(a.client, b.client);
    assert.match(a.client, /^[\w-]{22}$/);
    assert.doesNotMatch(a.client, /127/);
    await hashing.close();
  });

  it("with COOKIE_REFRESH, re-sets the consent cookie that holds this proof's id", async () => {
    const refreshing = await startServer(test.store, {COOKIE_REFRESH: 'true', COOKIE_DAYS: '200'});
    const body = proofBody();
    const value = `1.${body.id}.2.essential:1|performance:1|functional:0.1764547200.1764547200.kk`;
    const response = await refreshing.post(body, {cookie: `other=1; kelisim=${value}`});
    const cookie = response.headers.get('set-cookie');
    // The attributes the element writes: Max-Age, Path, SameSite (and Domain, Secure when set).
    assert.equal(cookie, `kelisim=${value}; Max-Age=${200 * 86400}; Path=/; SameSite=Lax`);
    const otherId = await refreshing.post(proofBody(), {cookie: `kelisim=${value}`});
    assert.equal(otherId.headers.get('set-cookie'), null);
    // Without the setting, never.
    assert.equal(
      (
        await server.post(proofBody({id: body.id, time: new Date(Date.now() - 5).toISOString()}), {
          cookie: `kelisim=${value}`,
        })
      ).headers.get('set-cookie'),
      null
    );
    await refreshing.close();
  });

  it('names the user-agent family only coarsely', () => {
    assert.equal(uaFamily(FIREFOX), 'firefox');
    assert.equal(
      uaFamily(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1'
      ),
      'safari'
    );
    assert.equal(
      uaFamily('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120.0 YaBrowser/24.1 Safari/537.36'),
      'yandex'
    );
    assert.equal(uaFamily(undefined), 'other');
  });
});

describe('audit routes', () => {
  let test;
  let server;
  const decided = [];
  before(async () => {
    test = await openTestDb();
    server = await startServer(test.store);
    const id = proofBody().id;
    for (const [time, source, path] of [
      ['2026-03-01T10:00:00.000Z', 'accept-all', '/'],
      ['2026-03-02T10:00:00.000Z', 'save', '/=HYPERLINK("http://x","y")'],
    ]) {
      const body = proofBody({id, time, source, url: `https://orta.community${path}`});
      assert.equal((await server.post(body)).status, 201);
      decided.push(body);
    }
  });
  after(async () => {
    await server.close();
    await test.close();
  });

  it('need the admin token, compared whole', async () => {
    const id = decided[0].id;
    assert.equal((await fetch(`${server.url}/v1/consents/${id}`)).status, 401);
    assert.equal((await server.admin(`/v1/consents/${id}`, `${ADMIN_TOKEN}x`)).status, 401);
    assert.equal((await server.admin(`/v1/consents/${id}`, ADMIN_TOKEN.slice(0, -1))).status, 401);
    assert.equal((await server.admin('/v1/export', 'wrong')).status, 401);
    assert.equal((await server.admin(`/v1/consents/${id}`)).status, 200);
  });

  it('are off without ADMIN_TOKEN', async () => {
    const closed = await startServer(test.store, {ADMIN_TOKEN: ''});
    assert.equal((await closed.admin(`/v1/consents/${decided[0].id}`)).status, 404);
    assert.equal((await closed.admin('/admin')).status, 404);
    await closed.close();
  });

  it('GET /v1/consents/:id returns the history of one consent', async () => {
    const response = await server.admin(`/v1/consents/${decided[0].id.toUpperCase()}`);
    const {id, proofs} = await response.json();
    assert.equal(id, decided[0].id);
    assert.deepEqual(
      proofs.map((proof) => [proof.decidedAt, proof.source]),
      decided.map((body) => [body.time, body.source])
    );
    assert.equal((await server.admin('/v1/consents/not-a-uuid')).status, 400);
    assert.equal((await server.admin(`/v1/consents/${proofBody().id}`)).status, 404);
  });

  it('GET /v1/export streams NDJSON for a range of days', async () => {
    const response = await server.admin('/v1/export?from=2026-03-02&to=2026-03-02');
    assert.equal(response.headers.get('content-type'), 'application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => line.decidedAt),
      ['2026-03-02T10:00:00.000Z']
    );
  });

  it('GET /v1/export writes CSV a spreadsheet cannot execute', async () => {
    const response = await server.admin('/v1/export?from=2026-03-01&to=2026-03-02&format=csv');
    assert.match(
      response.headers.get('content-disposition'),
      /attachment; filename="kelisim-proofs-2026-03-01-2026-03-02.csv"/
    );
    const [header, first, second, end] = (await response.text()).split('\r\n');
    assert.equal(
      header,
      'consentId,decidedAt,receivedAt,revision,granted,denied,language,origin,path,source,uaFamily,client'
    );
    assert.match(
      first,
      new RegExp(
        `^${decided[0].id},2026-03-01T10:00:00.000Z,[^,]+,2,essential performance,functional,kk,https://orta.community,/,accept-all,`
      )
    );
    // Quoted because of its comma; the URL parser already encoded the quotes.
    assert.match(second, /,"\/=HYPERLINK\(%22http:\/\/x%22,%22y%22\)",save,/);
    assert.equal(end, '');
  });

  it('CSV cells that a spreadsheet would read as a formula are written as text', () => {
    const [row] = decided;
    const line = csvLine({
      ...row,
      consentId: '=1+1',
      decidedAt: new Date(row.time),
      receivedAt: new Date(),
      granted: ['@SUM(A1)'],
      denied: [],
      path: '-2',
      origin: '+x',
      uaFamily: 'a"b',
      client: '',
    });
    assert.match(line, /^'=1\+1,.*,'@SUM\(A1\),,kk,'\+x,'-2,accept-all,"a""b",\r\n$/);
  });

  it('GET /v1/export refuses a bad range or format', async () => {
    for (const query of ['from=yesterday', 'to=2026-13-01', 'format=xlsx']) {
      const response = await server.admin(`/v1/export?${query}`);
      assert.equal(response.status, 400, query);
    }
  });

  it('GET /admin asks a browser for the token as a Basic password', async () => {
    const challenge = await fetch(`${server.url}/admin`);
    assert.equal(challenge.status, 401);
    assert.match(challenge.headers.get('www-authenticate'), /^Basic/);
    const basic = Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64');
    const page = await fetch(`${server.url}/admin?days=400`, {headers: {authorization: `Basic ${basic}`}});
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<svg id="chart"/);
  });
});
