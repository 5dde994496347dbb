# Sourced by test.sh and bench.sh: starts the PostgreSQL cluster if it is not running (no systemd here) and creates
# the role and database named by PGUSER_NAME, PGPASS and PGDB if missing. Needs SUDO set ("" when root). Idempotent.
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  if ! pg_lsclusters -h | grep -q "^$pg_version main"; then
    $SUDO pg_createcluster "$pg_version" main >/dev/null
  fi
  $SUDO pg_ctlcluster "$pg_version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

run_psql() { $SUDO su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\"" </dev/null; }
if [ "$(run_psql "SELECT 1 FROM pg_roles WHERE rolname = '$PGUSER_NAME'")" != "1" ]; then
  run_psql "CREATE ROLE $PGUSER_NAME LOGIN CREATEDB PASSWORD '$PGPASS'"
fi
if [ "$(run_psql "SELECT 1 FROM pg_database WHERE datname = '$PGDB'")" != "1" ]; then
  run_psql "CREATE DATABASE $PGDB OWNER $PGUSER_NAME"
fi

