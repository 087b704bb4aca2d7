#!/usr/bin/env bash
# Makes a PostgreSQL server available on 127.0.0.1 for the collector's test suite (issue 6) and
# prints its URL (postgres://…/effortless_test) as the ONLY line on stdout; all else goes to stderr.
# Idempotent: installs the Debian package only if absent, starts the cluster only if stopped,
# creates the role and database only if missing. Exits non-zero when PostgreSQL cannot be had.
set -euo pipefail
exec 3>&1 1>&2

ROLE=effortless
PASSWORD=effortless
DATABASE=effortless_test

if ! compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "ci-postgres: PostgreSQL is not installed and this is not root"
    exit 1
  fi
  echo "ci-postgres: installing PostgreSQL (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  timeout 300 apt-get update -qq || echo "ci-postgres: apt-get update failed; trying the install anyway"
  timeout 900 apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

# The server outlives this script: it must not inherit any descriptor of ours or of our caller
# (fd 3 is the caller's $(…) pipe, and a CI runner's pipes may sit on higher numbers). A server
# holding one keeps the reader waiting for an EOF that never comes: CI hung for 90 minutes so.
detached() {
  (
    for fd in /proc/self/fd/*; do
      n="${fd##*/}"
      [ "$n" -gt 2 ] 2>/dev/null && eval "exec $n>&-" 2>/dev/null
    done
    exec "$@" </dev/null >>"$START_LOG" 2>&1
  ) || { cat "$START_LOG"; return 1; }
  cat "$START_LOG"
}
START_LOG="$(mktemp)"
trap 'rm -f "$START_LOG"' EXIT
VERSION="$(basename "$(dirname "$BIN")")"

if [ "$(id -u)" = 0 ]; then
  # The Debian cluster, as the postgres user; created if the package did not make one.
  pg_lsclusters -h | grep -q "^$VERSION main" || pg_createcluster "$VERSION" main
  PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $3 }')"
  pg_lsclusters -h | grep -q "^$VERSION main .* online" || detached pg_ctlcluster "$VERSION" main start
  psql_admin() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }
else
  # Not root: a private cluster under /tmp owned by this user.
  DATA=/tmp/effortless-postgres
  PORT=55432
  [ -f "$DATA/PG_VERSION" ] || "$BIN/initdb" -D "$DATA" -U postgres -A trust >/dev/null
  "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1 ||
    detached "$BIN/pg_ctl" -D "$DATA" -l "$DATA.log" -w -o "-h 127.0.0.1 -p $PORT -k /tmp" start
  psql_admin() { psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
fi

for _ in $(seq 1 30); do "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break; sleep 1; done
psql_admin -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
END \$\$"
psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1 ||
  psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE"

echo "ci-postgres: PostgreSQL $VERSION on 127.0.0.1:$PORT, database $DATABASE"
echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE" >&3
