import {readdir, readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));
/** Any fixed number: servers starting together take turns applying migrations. */
const LOCK = 7_051_994;

/**
 * Applies `migrations/NNN_*.sql` in order, each once, each in its own transaction with its
 * version recorded, so running it again (or from two servers at once) changes nothing.
 * @param {import('./db.js').Db} db
 * @returns {Promise<string[]>} the versions applied now
 */
export async function migrate(db, dir = MIGRATIONS) {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS kelisim_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())'
  );
  const files = (await readdir(dir)).filter((name) => /^\d{3}_[\w-]+\.sql$/.test(name)).sort();
  const applied = [];
  for (const file of files) {
    const version = file.slice(0, 3);
    const sql = await readFile(new URL(file, `file://${dir}`), 'utf8');
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const {rows} = await tx.query('SELECT 1 FROM kelisim_migrations WHERE version = $1', [version]);
      if (rows.length) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO kelisim_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    if (ran) applied.push(file);
  }
  return applied;
}
