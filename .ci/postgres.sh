#!/usr/bin/env bash
# Installs and starts Debian's PostgreSQL on 127.0.0.1 for the storage tests, creates a test
# user and database, and prints their SQLAlchemy URL on the last line of standard output.
# Usage: export INTERVIEW_COACH_TEST_POSTGRES_URL="$(bash .ci/postgres.sh | tail -n 1)"
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PGUSER_NAME=${PGUSER_NAME:-coach_test}
PGPASS=${PGPASS:-coach_test}
PGDB=${PGDB:-coach_test}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
fi

# The newest installed server version, and its "main" cluster (created if the package did not).
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  pg_createcluster "$VERSION" main >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')
# Containers have no systemd: pg_ctlcluster starts the server directly. Loopback only.
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start -- -o "-c listen_addresses=127.0.0.1" >&2
fi
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done

# Password auth over TCP loopback: connect as postgres through the local socket instead.
psql_local() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -p "$PORT" -d postgres "$@"; }
if ! psql_local -tAc "SELECT 1 FROM pg_roles WHERE rolname='$PGUSER_NAME'" | grep -q 1; then
  psql_local -c "CREATE ROLE $PGUSER_NAME LOGIN PASSWORD '$PGPASS' CREATEDB" >&2
fi
if ! psql_local -tAc "SELECT 1 FROM pg_database WHERE datname='$PGDB'" | grep -q 1; then
  psql_local -c "CREATE DATABASE $PGDB OWNER $PGUSER_NAME" >&2
fi
echo "postgresql+psycopg://$PGUSER_NAME:$PGPASS@127.0.0.1:$PORT/$PGDB"
