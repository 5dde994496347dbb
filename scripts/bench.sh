#!/usr/bin/env bash
# The side-by-side benchmark (issue 13, docs/benchmarks.md "Side by side"): installs wrk and PostgreSQL if missing,
# starts PostgreSQL with room for the 128-connection runs, builds in Release and runs
#   Nsp.Benchmarks side-by-side [options]   (e.g. --connections 8,32,128 --seconds 10 --markdown result.md)
# Measuring, not a test: run by hand on a quiet machine. Idempotent; safe without a terminal.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=lib/install.sh
. scripts/lib/install.sh
install_missing postgresql wrk || true

PGUSER_NAME=${NSP_TEST_PG_USER:-nsp_test}
PGPASS=${NSP_TEST_PG_PASSWORD:-nsp_test}
PGDB=${NSP_TEST_PG_DATABASE:-nsp_test}
# shellcheck source=lib/postgres.sh
. scripts/lib/postgres.sh

# pgbench's 128 clients and the API's pools at once need more than PostgreSQL's default 100 connections.
if [ "$(run_psql "SHOW max_connections")" -lt 400 ]; then
  echo "Raising PostgreSQL's max_connections to 400 (ALTER SYSTEM) and restarting the cluster"
  run_psql "ALTER SYSTEM SET max_connections = 400"
  $SUDO pg_ctlcluster "$pg_version" main restart
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
  done
fi

export NSP_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=$PGUSER_NAME;Password=$PGPASS;Database=$PGDB"
dotnet build benchmarks/Nsp.Benchmarks -c Release -v q -nologo
dotnet benchmarks/Nsp.Benchmarks/bin/Release/net10.0/Nsp.Benchmarks.dll side-by-side "$@"
