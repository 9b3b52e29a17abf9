/**
 * The two ways to reach PostgreSQL behind one small interface, so the store and the migrations
 * run the same SQL on both: embedded PGlite in a data folder, or a server through `pg`.
 *
 * @typedef {{rows: Record<string, any>[]}} Result
 * @typedef {{query(text: string, params?: unknown[]): Promise<Result>, exec(text: string): Promise<void>}} Queryable
 * @typedef {Queryable & {
 *   transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>,
 *   parallel: number,
 *   close(): Promise<void>,
 * }} Db
 */

/** @returns {Promise<Db>} PGlite in `dataDir`, or in memory when it is undefined (tests). */
export async function openPglite(dataDir) {
  const {PGlite} = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  return {
    query: (text, params) => db.query(text, params),
    exec: async (text) => void (await db.exec(text)),
    transaction: (work) =>
      db.transaction((tx) =>
        work({query: (text, params) => tx.query(text, params), exec: async (text) => void (await tx.exec(text))})
      ),
    // One embedded backend: queries queue behind each other anyway.
    parallel: 1,
    close: () => db.close(),
  };
}

/**
 * @param {string} url a `postgres://` connection string
 * @param {{schema?: string, max?: number}} [options] `schema` puts everything in its own schema (tests)
 * @returns {Promise<Db>}
 */
export async function openPostgres(url, {schema, max = 8} = {}) {
  const {default: pg} = await import('pg');
  const options = schema ? `-c search_path=${schema}` : undefined;
  if (schema) {
    const setup = new pg.Client({connectionString: url});
    await setup.connect();
    await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await setup.end();
  }
  const pool = new pg.Pool({connectionString: url, max, options});
  // An idle client losing its connection must not take the process down; the next query reconnects.
  pool.on('error', () => {});
  return {
    query: (text, params) => pool.query(text, params),
    exec: async (text) => void (await pool.query(text)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: (text, params) => client.query(text, params),
          // Without parameters `pg` uses the simple protocol, which runs several statements.
          exec: async (text) => void (await client.query(text)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    parallel: Math.max(1, max - 2),
    close: () => pool.end(),
  };
}
