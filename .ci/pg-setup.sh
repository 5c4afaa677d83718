#!/usr/bin/env bash
# Starts the local PostgreSQL and makes the test role and database, so that tests can use
#   jdbc:postgresql://localhost:5432/mailroom_test?user=mailroom&password=mailroom
# Safe to run again: it starts only what is down and creates only what is missing.
# Needs root (it runs psql as the postgres user); .ci/run calls it, developers may run it by hand.
# Override with MAILROOM_PG_USER, MAILROOM_PG_PASSWORD, MAILROOM_PG_DB, and MAILROOM_PG_CLUSTER and
# MAILROOM_PG_PORT to use (or create) another cluster than main on 5432.
set -euo pipefail

cluster=${MAILROOM_PG_CLUSTER:-main}
port=${MAILROOM_PG_PORT:-5432}
pg_user=${MAILROOM_PG_USER:-mailroom}
pg_password=${MAILROOM_PG_PASSWORD:-mailroom}
pg_db=${MAILROOM_PG_DB:-mailroom_test}

if [ "$(id -u)" -ne 0 ]; then
  echo "pg-setup: run as root (sudo $0)" >&2
  exit 1
fi

# The newest installed server version, e.g. 15 on Debian 12.
version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$version" ]; then
  echo "pg-setup: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi

# A package installed with the cluster creation switched off has no cluster yet.
cluster_status() {
  pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $4}'
}

if [ -z "$(cluster_status)" ]; then
  echo "pg-setup: creating cluster $version/$cluster on port $port"
  pg_createcluster "$version" "$cluster" --port "$port"
fi

if [ "$(cluster_status)" != online ]; then
  echo "pg-setup: starting PostgreSQL $version/$cluster"
  pg_ctlcluster "$version" "$cluster" start || service postgresql start
fi

for _ in $(seq 1 30); do
  if runuser -u postgres -- pg_isready -q -p "$port"; then break; fi
  sleep 1
done
runuser -u postgres -- pg_isready -p "$port"

as_postgres() {
  # cd / so that psql does not complain about an unreadable working directory.
  (cd / && runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -X -q "$@")
}

# Role: created if missing, its password set every time so that the documented one works.
as_postgres -v user="$pg_user" -v password="$pg_password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'user')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'user', :'password') \gexec
SQL

# Database owned by the role, so that tests can create and drop their schemas.
as_postgres -v user="$pg_user" -v db="$pg_db" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL

PGPASSWORD="$pg_password" psql -X -q -h localhost -p "$port" -U "$pg_user" -d "$pg_db" -tAc 'SELECT 1' >/dev/null
echo "pg-setup: PostgreSQL $version ready: jdbc:postgresql://localhost:$port/$pg_db?user=$pg_user&password=…"
