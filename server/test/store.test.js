import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {after, before, describe, it} from 'node:test';
import {migrate} from '../src/migrate.js';
import {openTestDb} from './helpers.js';

const DAY_MS = 24 * 3600 * 1000;

function proof(overrides = {}) {
  return {
    consentId: randomUUID(),
    decidedAt: new Date(Date.UTC(2026, 10, 20, 10)),
    revision: 1,
    granted: ['essential', 'performance'],
    denied: ['functional'],
    language: 'ru',
    origin: 'https://orta.community',
    path: '/',
    source: 'accept-all',
    uaFamily: 'firefox',
    client: '192.0.2.0',
    ...overrides,
  };
}

describe('proof store', () => {
  let test;
  before(async () => (test = await openTestDb()));
  after(() => test.close());

  it('applies each migration once, so starting twice changes nothing', async () => {
    assert.deepEqual(await migrate(test.db), []);
    const {rows} = await test.db.query('SELECT version FROM kelisim_migrations ORDER BY version');
    assert.deepEqual(
      rows.map((row) => row.version),
      ['001', '002']
    );
  });

  it('stores a proof once, however often and however concurrently it arrives', async () => {
    const one = proof();
    const results = await Promise.all([one, one, {...one}, one].map((item) => test.store.append(item)));
    assert.deepEqual(results.map((result) => result.stored).sort(), [false, false, false, true]);
    assert.equal((await test.store.history(one.consentId)).length, 1);
  });

  it("returns a consent id's whole history in decision order, with every field", async () => {
    const consentId = randomUUID();
    const second = proof({
      consentId,
      decidedAt: new Date(Date.UTC(2026, 10, 21)),
      source: 'save',
      granted: ['essential'],
      denied: ['performance', 'functional'],
    });
    const first = proof({consentId});
    await test.store.append(second);
    await test.store.append(first);
    const history = await test.store.history(consentId);
    assert.deepEqual(
      history.map(({receivedAt, ...rest}) => rest),
      [first, second]
    );
    assert.ok(history.every((row) => row.receivedAt instanceof Date));
  });

  it('writes a burst of proofs in batches and loses none', async () => {
    const burst = Array.from({length: 1200}, (_, index) =>
      proof({decidedAt: new Date(Date.UTC(2026, 9, 1, 0, 0, 0, index))})
    );
    const results = await Promise.all(burst.map((item) => test.store.append(item)));
    assert.ok(results.every((result) => result.stored));
    const exported = [];
    for await (const row of test.store.export({
      from: new Date(Date.UTC(2026, 9, 1)),
      to: new Date(Date.UTC(2026, 9, 2)),
    }))
      exported.push(row);
    // More than one export page, in decision order, each proof once.
    assert.equal(exported.length, 1200);
    assert.deepEqual(
      exported.map((row) => row.consentId),
      burst.map((item) => item.consentId)
    );
  });

  it('exports only the asked range: from inclusive, to exclusive', async () => {
    const edge = new Date(Date.UTC(2025, 0, 10));
    const inside = proof({decidedAt: edge});
    const outside = proof({decidedAt: new Date(edge.getTime() + DAY_MS)});
    await test.store.append(inside);
    await test.store.append(outside);
    const ids = [];
    for await (const row of test.store.export({from: edge, to: new Date(edge.getTime() + DAY_MS)}))
      ids.push(row.consentId);
    assert.deepEqual(ids, [inside.consentId]);
  });

  it('counts decisions per day and category, and by source', async () => {
    const day = Date.UTC(2024, 5, 3);
    await test.store.append(
      proof({
        decidedAt: new Date(day + 1000),
        source: 'accept-all',
        granted: ['essential', 'performance', 'functional'],
        denied: [],
      })
    );
    await test.store.append(
      proof({
        decidedAt: new Date(day + 2000),
        source: 'reject-all',
        granted: ['essential'],
        denied: ['performance', 'functional'],
      })
    );
    await test.store.append(
      proof({decidedAt: new Date(day + DAY_MS), source: 'reject-all', granted: ['essential'], denied: ['performance']})
    );
    const stats = await test.store.stats({from: new Date(day), to: new Date(day + 2 * DAY_MS)});
    assert.deepEqual(stats.days, [
      {
        day: '2024-06-03',
        decisions: 2,
        granted: {essential: 2, performance: 1, functional: 1},
        denied: {performance: 1, functional: 1},
      },
      {day: '2024-06-04', decisions: 1, granted: {essential: 1}, denied: {performance: 1}},
    ]);
    assert.deepEqual(stats.sources, {'accept-all': 1, 'reject-all': 2});
  });

  it('refuses any update, delete or truncate that is not the retention purge', async () => {
    const kept = proof();
    await test.store.append(kept);
    const statements = [
      `UPDATE proofs SET granted = '{essential}' WHERE consent_id = '${kept.consentId}'`,
      `DELETE FROM proofs WHERE consent_id = '${kept.consentId}'`,
      'TRUNCATE proofs',
    ];
    for (const sql of statements) await assert.rejects(test.db.query(sql), /append-only/);
    assert.equal((await test.store.history(kept.consentId)).length, 1);
  });

  it('purges only proofs received before the cut-off', async () => {
    const before = await test.store.count();
    assert.equal(await test.store.purge(new Date(Date.now() - DAY_MS)), 0);
    assert.equal(await test.store.count(), before);
    const removed = await test.store.purge(new Date(Date.now() + 1000));
    assert.equal(removed, before);
    assert.equal(await test.store.count(), 0);
    // The purge's permission ended with its transaction.
    const late = proof();
    await test.store.append(late);
    await assert.rejects(test.db.query(`DELETE FROM proofs WHERE consent_id = '${late.consentId}'`), /append-only/);
  });
});
