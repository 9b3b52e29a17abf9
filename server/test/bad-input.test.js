// The bad-input corpus: malformed, oversized, wrong-type, injection-shaped and replayed bodies.
// Every one is refused with a 4xx and a reason, or deduplicated; nothing bad is stored, and the
// server keeps answering.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {MAX_BODY} from '../src/app.js';
import {openTestDb, proofBody, startServer} from './helpers.js';

const valid = proofBody({id: '0b9f5c3e-1d2a-4e6f-8a7b-9c0d1e2f3a4b'});
const without = (field) => {
  const copy = {...valid};
  delete copy[field];
  return copy;
};
const WRONG_TYPES = [null, true, 0, -1, 1.5, '', 'x', [], {}, ['A!'], {a: 1}];

/** [name, body (string is sent as is), extra headers?, expected status] */
const corpus = [
  ...[
    '',
    ' ',
    '{',
    '{"id":',
    'null',
    'true',
    '0',
    '"proof"',
    '[]',
    '[1,2]',
    '{}',
    'undefined',
    'NaN',
    "{'id': 1}",
    '\u0000',
    '\ufeff{}',
    '{"a":1}{"b":2}',
    `${'['.repeat(1500)}${']'.repeat(1500)}`,
  ].map((body) => [`malformed ${JSON.stringify(body.slice(0, 20))}`, body]),
  [
    'oversized by one byte',
    JSON.stringify({...valid, pad: 'x'.repeat(MAX_BODY - JSON.stringify({...valid, pad: ''}).length + 1)}),
    {},
    413,
  ],
  ['oversized, 1 MB', 'x'.repeat(1 << 20), {}, 413],
  ['form-encoded', 'id=1&revision=2', {'content-type': 'application/x-www-form-urlencoded'}, 415],
  ['multipart', JSON.stringify(valid), {'content-type': 'multipart/form-data; boundary=x'}, 415],
  ['XML', '<proof/>', {'content-type': 'application/xml'}, 415],
  ...['id', 'revision', 'granted', 'denied', 'language', 'source', 'time'].map((field) => [
    `missing ${field}`,
    without(field),
  ]),
  ['missing the page', without('url')],
  ...['schema', 'id', 'revision', 'granted', 'denied', 'language', 'source', 'time', 'url', 'origin', 'path']
    .flatMap((field) => WRONG_TYPES.map((value) => [`${field} = ${JSON.stringify(value)}`, {...valid, [field]: value}]))
    // Revision 0 and an empty category list are valid.
    .filter(([name]) => !['revision = 0', 'granted = []', 'denied = []'].includes(name)),
  ...[
    ['schema 3', {schema: 3}],
    ['revision negative', {revision: -1}],
    ['revision fraction', {revision: 1.25}],
    ['revision huge', {revision: 2 ** 53}],
    ['revision as text', {revision: '2'}],
    ['time in 2099', {time: '2099-01-01T00:00:00.000Z'}],
    ['time before 2024', {time: '2001-09-09T01:46:40.000Z'}],
    ['time not a date', {time: '2026-02-30T10:00:00.000Z'}],
    ['time as epoch', {time: 1764547200}],
    ['time in words', {time: 'yesterday'}],
    ['category upper case', {granted: ['Essential']}],
    ['category with a space', {granted: ['essential performance']}],
    ['category too long', {granted: ['a'.repeat(33)]}],
    ['33 categories', {granted: Array.from({length: 33}, (_, index) => `c${index}`), denied: []}],
    ['category granted and denied', {granted: ['essential', 'performance'], denied: ['performance']}],
    ['category listed twice', {granted: ['essential', 'essential'], denied: []}],
    ['source unknown', {source: 'sync'}],
    ['language too long', {language: 'kk-'.padEnd(50, 'x')}],
    ['url javascript:', {url: 'javascript:alert(1)'}],
    ['url data:', {url: 'data:text/html,<script>alert(1)</script>'}],
    ['url file:', {url: 'file:///etc/passwd'}],
    ['url relative', {url: '/kk/'}],
    ['url too long', {url: `https://orta.community/${'a'.repeat(2100)}`}],
    ['path without slash', {url: undefined, origin: 'https://orta.community', path: 'kk'}],
    ['origin ftp', {url: undefined, origin: 'ftp://orta.community', path: '/'}],
    ['SQL in id', {id: "'; DROP TABLE proofs; --"}],
    ['SQL in a category', {granted: ["essential'); DELETE FROM proofs; --"]}],
    ['SQL in language', {language: "kk' OR '1'='1"}],
    ['SQL in source', {source: "accept-all'; TRUNCATE proofs; --"}],
    ['SQL in time', {time: "2026-01-01'::timestamptz); DROP TABLE proofs; --"}],
    ['HTML in a category', {denied: ['<img src=x onerror=alert(1)>']}],
    ['HTML in source', {source: '<script>alert(1)</script>'}],
    ['CRLF in language', {language: 'kk\r\nSet-Cookie: a=b'}],
    ['prototype pollution', JSON.parse(`{"__proto__": {"admin": true}, "id": "x"}`)],
    ['array instead of object', [valid]],
  ].map(([name, change]) => [name, Array.isArray(change) || '__proto__' in change ? change : {...valid, ...change}]),
];

describe('bad-input corpus', () => {
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

  it(`refuses each of ${corpus.length} bad bodies with a 4xx and a reason, storing nothing`, async () => {
    for (const [name, body, headers = {}, status = 400] of corpus) {
      const response = await server.post(body, headers);
      assert.equal(response.status, status, name);
      const {error} = await response.json();
      assert.ok(typeof error === 'string' && error.length > 0, name);
    }
    assert.equal(await test.store.count(), 0);
  });

  it('limits a chunked body, sent with no Content-Length, as it arrives', async () => {
    const chunked = (text) =>
      fetch(`${server.url}/v1/proofs`, {
        method: 'POST',
        body: new Blob([text]).stream(),
        duplex: 'half',
        headers: {'content-type': 'text/plain;charset=UTF-8'},
      });
    const oversized = await chunked('x'.repeat(64 * MAX_BODY));
    assert.equal(oversized.status, 413);
    const proof = proofBody();
    assert.equal((await chunked(JSON.stringify(proof))).status, 201);
    assert.equal((await test.store.history(proof.id)).length, 1);
  });

  it('stores a replayed proof once, however it is re-sent', async () => {
    const replays = [
      valid,
      {...valid},
      {...valid, id: valid.id.toUpperCase()},
      {...valid, url: 'https://orta.community/other-page'},
      // Same consent and decision time with other categories: the first record stands.
      {...valid, granted: ['essential'], denied: ['performance', 'functional']},
      {...valid, extra: 'ignored'},
    ];
    const statuses = [];
    for (const body of replays) statuses.push((await server.post(body)).status);
    const parallel = await Promise.all(Array.from({length: 20}, () => server.post(valid)));
    assert.deepEqual(statuses, [201, 200, 200, 200, 200, 200]);
    assert.ok(parallel.every((response) => response.status === 200));
    const history = await test.store.history(valid.id);
    assert.equal(history.length, 1);
    assert.deepEqual(history[0].granted, valid.granted);
  });

  it('stores an injection-shaped path as plain text, and keeps answering', async () => {
    const body = proofBody({url: "https://orta.community/kk/'%3B%20DROP%20TABLE%20proofs%3B--<script>"});
    assert.equal((await server.post(body)).status, 201);
    const [row] = await test.store.history(body.id);
    assert.equal(row.path, "/kk/'%3B%20DROP%20TABLE%20proofs%3B--%3Cscript%3E");
    assert.equal(await test.store.count(), 3);
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
  });
});
