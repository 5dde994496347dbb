#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what is missing (PostgreSQL, tzdata), removes Debian's librdkafka,
# starts PostgreSQL, creates the test role and database, then runs unit and integration tests. Idempotent; safe
# without a terminal.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=lib/install.sh
. scripts/lib/install.sh
if ! install_missing postgresql tzdata; then
  # Refresh the package lists all the same; with everything installed a failed refresh does not matter.
  $SUDO apt-get update -qq </dev/null || echo "apt-get update failed; nothing needed installing"
fi

# librdkafka comes with Confluent.Kafka (librdkafka.redist, ADR 0011). Debian's must not be there: an unversioned
# librdkafka.so on the loader path (librdkafka-dev) is taken instead of the bundled one and crashes the 2.16 client.
debian_librdkafka=()
for package in librdkafka-dev librdkafka1; do
  if dpkg -s "$package" >/dev/null 2>&1; then debian_librdkafka+=("$package"); fi
done
if [ "${#debian_librdkafka[@]}" -gt 0 ]; then
  echo "Removing: ${debian_librdkafka[*]}"
  $SUDO apt-get purge -y -qq "${debian_librdkafka[@]}" </dev/null >/dev/null
fi

PGUSER_NAME=${NSP_TEST_PG_USER:-nsp_test}
PGPASS=${NSP_TEST_PG_PASSWORD:-nsp_test}
PGDB=${NSP_TEST_PG_DATABASE:-nsp_test}
# shellcheck source=lib/postgres.sh
. scripts/lib/postgres.sh

export NSP_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=$PGUSER_NAME;Password=$PGPASS;Database=$PGDB"
export TZ=${TZ:-UTC}
# The hosts under test log warnings and errors only; the SQL they run would drown the test report.
export Logging__LogLevel__Default=${Logging__LogLevel__Default:-Warning}

log=$(mktemp)
set +e
dotnet test Nsp.Clean.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line over every test project, in the plain form CI reads.
passed=$( (grep -E '^\s+Passed:\s+[0-9]+' "$log" || true) | awk '{s+=$2} END {print s+0}')
failed=$( (grep -E '^\s+Failed:\s+[0-9]+' "$log" || true) | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"
