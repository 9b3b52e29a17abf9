/** The proof store over either database: the only module besides the migrations with SQL in it. */

const COLUMNS = [
  'consent_id',
  'decided_at',
  'revision',
  'granted',
  'denied',
  'language',
  'origin',
  'path',
  'source',
  'ua_family',
  'client',
];
const SELECT = `SELECT seq, ${COLUMNS.join(', ')}, received_at FROM proofs`;
/** Proofs written in one statement; a batch larger than this waits for the next round. */
const MAX_BATCH = 500;
const EXPORT_PAGE = 1000;

/**
 * @param {import('./db.js').Db} db
 * @returns {import('./store.js').ProofStore}
 */
export function createSqlStore(db) {
  const append = groupCommit(db);
  return {
    append,
    async history(consentId) {
      const {rows} = await db.query(`${SELECT} WHERE consent_id = $1 ORDER BY decided_at, seq`, [consentId]);
      return rows.map(toProof);
    },
    async *export({from, to}) {
      // Keyset pages, not a cursor: the same SQL streams on both drivers, and no transaction
      // stays open while a slow auditor downloads.
      let after = {decidedAt: new Date(from.getTime() - 1), seq: '0'};
      for (;;) {
        const {rows} = await db.query(
          `${SELECT} WHERE (decided_at, seq) > ($1, $2::bigint) AND decided_at >= $3 AND decided_at < $4
           ORDER BY decided_at, seq LIMIT ${EXPORT_PAGE}`,
          [after.decidedAt, after.seq, from, to]
        );
        for (const row of rows) yield toProof(row);
        if (rows.length < EXPORT_PAGE) return;
        const last = rows[rows.length - 1];
        after = {decidedAt: last.decided_at, seq: String(last.seq)};
      }
    },
    async stats({from, to}) {
      const range = [from, to];
      const inRange = 'decided_at >= $1 AND decided_at < $2';
      const day = `to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
      const [totals, granted, denied, sources] = await Promise.all([
        db.query(`SELECT ${day} AS day, count(*)::int AS n FROM proofs WHERE ${inRange} GROUP BY 1 ORDER BY 1`, range),
        db.query(
          `SELECT ${day} AS day, c AS category, count(*)::int AS n FROM proofs, unnest(granted) AS c
           WHERE ${inRange} GROUP BY 1, 2`,
          range
        ),
        db.query(
          `SELECT ${day} AS day, c AS category, count(*)::int AS n FROM proofs, unnest(denied) AS c
           WHERE ${inRange} GROUP BY 1, 2`,
          range
        ),
        db.query(`SELECT source, count(*)::int AS n FROM proofs WHERE ${inRange} GROUP BY 1`, range),
      ]);
      /** @type {Map<string, import('./store.js').DayStats>} */
      const days = new Map(
        totals.rows.map((row) => [row.day, {day: row.day, decisions: row.n, granted: {}, denied: {}}])
      );
      for (const row of granted.rows) days.get(row.day).granted[row.category] = row.n;
      for (const row of denied.rows) days.get(row.day).denied[row.category] = row.n;
      return {days: [...days.values()], sources: Object.fromEntries(sources.rows.map((row) => [row.source, row.n]))};
    },
    purge: (receivedBefore) =>
      db.transaction(async (tx) => {
        // The append-only trigger lets a delete through only with this set, for this transaction.
        await tx.query(`SELECT set_config('kelisim.purge', 'on', true)`);
        const {rows} = await tx.query(
          'WITH gone AS (DELETE FROM proofs WHERE received_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone',
          [receivedBefore]
        );
        return rows[0].n;
      }),
    async count() {
      const {rows} = await db.query('SELECT count(*)::int AS n FROM proofs');
      return rows[0].n;
    },
    close: () => db.close(),
  };
}

/**
 * Proofs that arrive while a write is under way go together in the next one: one statement, one
 * commit, many proofs. Each caller still hears back only after the commit that holds its proof.
 * @param {import('./db.js').Db} db
 */
function groupCommit(db) {
  /** @type {{proof: import('./store.js').Proof, resolve: (r: {stored: boolean}) => void, reject: (e: unknown) => void}[]} */
  let waiting = [];
  let writing = 0;
  const next = () => {
    while (writing < db.parallel && waiting.length) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      writing++;
      insert(
        db,
        batch.map((item) => item.proof)
      )
        .then(
          (stored) => batch.forEach((item, index) => item.resolve({stored: stored[index]})),
          (error) => batch.forEach((item) => item.reject(error))
        )
        .finally(() => {
          writing--;
          next();
        });
    }
  };
  return (proof) =>
    new Promise((resolve, reject) => {
      waiting.push({proof, resolve, reject});
      // Wait for the rest of this turn's requests: written one by one, each proof would pay a
      // whole statement (PGlite: about 2,000 proofs/s one at a time against 17,000/s in 32s).
      if (waiting.length === 1) setImmediate(next);
    });
}

/**
 * One statement with one parameter per column, whatever the batch size: the database plans it
 * once. Category lists travel as comma-joined text (ids never hold a comma) because a
 * multi-dimensional array must be rectangular.
 * @returns {Promise<boolean[]>} for each proof, whether this insert stored it (false: already there)
 */
async function insert(db, proofs) {
  const column = (pick) => proofs.map(pick);
  const {rows} = await db.query(
    `INSERT INTO proofs (${COLUMNS.join(', ')})
     SELECT consent_id, decided_at, revision, string_to_array(granted, ','), string_to_array(denied, ','),
            language, origin, path, source, ua_family, client
     FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
                 $8::text[], $9::text[], $10::text[], $11::text[])
       AS batch (${COLUMNS.join(', ')})
     ON CONFLICT ON CONSTRAINT proofs_once DO NOTHING RETURNING consent_id, decided_at`,
    [
      column((proof) => proof.consentId),
      column((proof) => proof.decidedAt.toISOString()),
      column((proof) => proof.revision),
      column((proof) => proof.granted.join(',')),
      column((proof) => proof.denied.join(',')),
      column((proof) => proof.language),
      column((proof) => proof.origin),
      column((proof) => proof.path),
      column((proof) => proof.source),
      column((proof) => proof.uaFamily),
      column((proof) => proof.client),
    ]
  );
  const inserted = new Set(rows.map((row) => keyOf(row.consent_id, row.decided_at)));
  // The same proof twice in one batch: the first copy counts as stored, the second as a duplicate.
  return proofs.map((proof) => inserted.delete(keyOf(proof.consentId, proof.decidedAt)));
}

const keyOf = (consentId, decidedAt) => `${consentId}|${new Date(decidedAt).getTime()}`;

/** @returns {import('./store.js').StoredProof} */
function toProof(row) {
  return {
    consentId: row.consent_id,
    decidedAt: row.decided_at,
    receivedAt: row.received_at,
    revision: row.revision,
    granted: row.granted,
    denied: row.denied,
    language: row.language,
    origin: row.origin,
    path: row.path,
    source: row.source,
    uaFamily: row.ua_family,
    client: row.client,
  };
}
