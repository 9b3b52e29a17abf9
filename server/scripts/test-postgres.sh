#!/usr/bin/env bash
# The server's tests again, against a real PostgreSQL from Debian's packages: a throwaway
# cluster in a temporary folder on 127.0.0.1, removed afterwards. Installs PostgreSQL if needed.
# Arguments, if any, are the command to run instead of the tests: `… node bench/load.mjs`.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${KELISIM_PG_PORT:-55432}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages…"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

# initdb refuses to run as root: then the cluster belongs to the postgres user.
DIR="$(mktemp -d)"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$DIR"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi
stop() {
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

as_pg "$BIN/initdb" -D "$DIR/data" -U kelisim -A trust --no-sync >/dev/null
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U kelisim kelisim
"$BIN/postgres" --version

[ -d node_modules ] || npm ci --no-audit --no-fund
[ $# -gt 0 ] || set -- npm test
DATABASE_URL="postgres://kelisim@127.0.0.1:$PORT/kelisim" "$@"
