-- Proofs are evidence: nothing may change one, and only the retention purge, which sets
-- kelisim.purge for its own transaction, may delete. This holds for any client of the database,
-- not only for this server (a superuser can still drop the trigger; run the server as an owner
-- role that auditors can check).
CREATE OR REPLACE FUNCTION kelisim_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('kelisim.purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'proofs are append-only: % refused', TG_OP;
END
$$;

DROP TRIGGER IF EXISTS proofs_append_only ON proofs;
CREATE TRIGGER proofs_append_only BEFORE UPDATE OR DELETE ON proofs
  FOR EACH ROW EXECUTE FUNCTION kelisim_append_only();

DROP TRIGGER IF EXISTS proofs_no_truncate ON proofs;
CREATE TRIGGER proofs_no_truncate BEFORE TRUNCATE ON proofs
  FOR EACH STATEMENT EXECUTE FUNCTION kelisim_append_only();
