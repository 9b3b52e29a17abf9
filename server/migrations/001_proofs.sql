-- One row per proof of consent, as the visitor's browser reported it. Rows are only ever added:
-- 002 refuses updates, and deletes other than the retention purge.
CREATE TABLE IF NOT EXISTS proofs (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  consent_id uuid NOT NULL,
  decided_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  revision integer NOT NULL CHECK (revision >= 0),
  granted text[] NOT NULL,
  denied text[] NOT NULL,
  language text NOT NULL,
  origin text NOT NULL,
  path text NOT NULL,
  source text NOT NULL,
  ua_family text NOT NULL,
  client text NOT NULL,
  -- A consent id decides at most once per millisecond, so this is the proof's identity:
  -- a proof sent twice (beacon plus retry, a replay) is stored once.
  CONSTRAINT proofs_once UNIQUE (consent_id, decided_at)
);

-- Export and the admin chart read by decision time; the purge reads by arrival.
CREATE INDEX IF NOT EXISTS proofs_by_decision ON proofs (decided_at, seq);
CREATE INDEX IF NOT EXISTS proofs_by_arrival ON proofs (received_at);
