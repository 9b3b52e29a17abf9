import {openPglite, openPostgres} from './db.js';
import {migrate} from './migrate.js';
import {createSqlStore} from './sql-store.js';

/**
 * A proof as the server keeps it: what the browser reported, checked, plus the coarse facts the
 * server saw itself (user-agent family, a truncated or hashed address).
 * @typedef {{
 *   consentId: string, decidedAt: Date, revision: number, granted: string[], denied: string[],
 *   language: string, origin: string, path: string, source: string, uaFamily: string, client: string,
 * }} Proof
 * @typedef {Proof & {receivedAt: Date}} StoredProof
 * @typedef {{day: string, decisions: number, granted: Record<string, number>, denied: Record<string, number>}} DayStats
 */

/**
 * What the routes need from storage. There is deliberately no way to change or delete one proof:
 * only `purge` removes, and only by age.
 * @typedef {{
 *   append(proof: Proof): Promise<{stored: boolean}>,
 *   history(consentId: string): Promise<StoredProof[]>,
 *   export(range: {from: Date, to: Date}): AsyncIterable<StoredProof>,
 *   stats(range: {from: Date, to: Date}): Promise<{days: DayStats[], sources: Record<string, number>}>,
 *   purge(receivedBefore: Date): Promise<number>,
 *   count(): Promise<number>,
 *   close(): Promise<void>,
 * }} ProofStore
 */

/**
 * Opens PostgreSQL at `databaseUrl`, or else PGlite in `dataDir` (in memory when neither is
 * given), and brings its schema up to date.
 * @param {{databaseUrl?: string, dataDir?: string, schema?: string}} options
 * @returns {Promise<ProofStore>}
 */
export async function openStore({databaseUrl, dataDir, schema}) {
  const db = databaseUrl ? await openPostgres(databaseUrl, {schema}) : await openPglite(dataDir);
  await migrate(db);
  return createSqlStore(db);
}
