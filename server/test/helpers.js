// Shared by every server test: the same suite runs on PGlite (default) and on PostgreSQL when
// DATABASE_URL is set, each test file in a schema of its own that is dropped afterwards.
import {randomUUID} from 'node:crypto';
import {serve} from '@hono/node-server';
import {createApp} from '../src/app.js';
import {readConfig} from '../src/config.js';
import {openPglite, openPostgres} from '../src/db.js';
import {migrate} from '../src/migrate.js';
import {createSqlStore} from '../src/sql-store.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const onPostgres = Boolean(process.env.DATABASE_URL);

/** A migrated database, its store, and a way to drop it. */
export async function openTestDb() {
  const schema = `kelisim_test_${randomUUID().slice(0, 8)}`;
  const db = onPostgres ? await openPostgres(process.env.DATABASE_URL, {schema}) : await openPglite();
  await migrate(db);
  const store = createSqlStore(db);
  return {
    db,
    store,
    async close() {
      if (onPostgres) await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await store.close();
    },
  };
}

/** The server on an ephemeral port of 127.0.0.1, with test settings over the defaults. */
export async function startServer(store, env = {}) {
  const config = readConfig([], {ADMIN_TOKEN, RATE_LIMIT: '0', PORT: '0', ...env});
  const server = serve({fetch: createApp({config, store}).fetch, port: 0, hostname: '127.0.0.1'});
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    config,
    /** Posts like `navigator.sendBeacon` does: a string body as text/plain. */
    post: (body, headers = {}) =>
      fetch(`${url}/v1/proofs`, {
        method: 'POST',
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers: {'content-type': 'text/plain;charset=UTF-8', ...headers},
      }),
    admin: (path, token = ADMIN_TOKEN) => fetch(`${url}${path}`, {headers: {authorization: `Bearer ${token}`}}),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A proof as the element sends it, with a fresh consent id and the time now. */
export function proofBody(overrides = {}) {
  return {
    schema: 1,
    id: randomUUID(),
    revision: 2,
    granted: ['essential', 'performance'],
    denied: ['functional'],
    language: 'kk',
    source: 'accept-all',
    time: new Date().toISOString(),
    url: 'https://orta.community/kk/events?utm_source=mail&email=a%40b.kz#section',
    ...overrides,
  };
}
