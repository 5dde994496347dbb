#!/usr/bin/env bash
# Mutation testing of one src project under the unit tests alone (issue 19). Run by hand, not in CI:
#   bash scripts/mutation.sh [Domain|Application|Infrastructure|Api]   (default Domain)
# Installs dotnet-stryker 5.1.0 as a local tool when missing, copies the working tree to a scratch directory, drops
# the Integration and Benchmarks projects from the scratch solution (they need PostgreSQL and take minutes), runs
# Stryker in solution mode there (`--project` alone cannot analyze .NET 10 projects) and copies the HTML and JSON
# reports to docs/mutation/<Project>/ (git-ignored; only docs/mutation/summary.md is committed). Idempotent; safe
# without a terminal. STRYKER_CONCURRENCY (default 2) sets the number of parallel test runs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

project=${1:-Domain}
csproj="src/$project/Nsp.$project.csproj"
if [ ! -f "$csproj" ]; then
  echo "No project $csproj; pass one of: $(ls src | tr '\n' ' ')" >&2
  exit 2
fi

# The local tool: the manifest (dotnet-tools.json) pins 5.1.0; create and fill it when it is missing.
if [ ! -f dotnet-tools.json ] && [ ! -f .config/dotnet-tools.json ]; then
  dotnet new tool-manifest </dev/null >/dev/null
fi
if ! dotnet tool restore </dev/null >/dev/null 2>&1 || ! dotnet tool list --local </dev/null | grep -q '^dotnet-stryker *5\.1\.0'; then
  dotnet tool install dotnet-stryker --version 5.1.0 </dev/null
fi

# A scratch copy of the working tree (uncommitted tests count), without build output or earlier reports.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/nsp-mutation.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
tar -C "$root" --exclude=bin --exclude=obj --exclude=.git --exclude=./docs/mutation --exclude=StrykerOutput \
  --exclude=TestResults -cf - . | tar -C "$scratch" -xf -
cd "$scratch"
dotnet sln Nsp.Clean.sln remove tests/Integration/Nsp.Tests.Integration.csproj \
  benchmarks/Nsp.Benchmarks/Nsp.Benchmarks.csproj </dev/null >/dev/null

dotnet tool run dotnet-stryker --solution Nsp.Clean.sln --project "Nsp.$project.csproj" \
  --reporter html --reporter json --reporter progress --reporter cleartext \
  --concurrency "${STRYKER_CONCURRENCY:-2}" --output "$scratch/StrykerOutput" --skip-version-check </dev/null

reports="$root/docs/mutation/$project"
rm -rf "$reports"
mkdir -p "$reports"
cp "$scratch"/StrykerOutput/reports/mutation-report.html "$scratch"/StrykerOutput/reports/mutation-report.json "$reports/"

# The score as Stryker counts it: killed and timed out over everything but compile errors and ignored mutants.
jq -r --arg project "$project" '
  [.files[].mutants[].status] as $all
  | ($all | map(select(. == "Killed" or . == "Timeout")) | length) as $detected
  | ($all | map(select(. == "Survived" or . == "NoCoverage")) | length) as $undetected
  | "\($project): \($detected) of \($detected + $undetected) mutants detected, score "
    + "\(if $detected + $undetected == 0 then "n/a" else ((10000 * $detected / ($detected + $undetected) | round) / 100 | tostring) + "%" end)"
' "$reports/mutation-report.json"
echo "Reports: docs/mutation/$project/mutation-report.html and .json"
