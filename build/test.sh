#!/usr/bin/env bash
# Runs the whole test suite: installs what the tests need when it is missing, builds, runs every
# test project, and ends with one line "tests: N passed, N failed, N skipped" read from the results.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v git >/dev/null 2>&1 || need+=(git)
command -v setpriv >/dev/null 2>&1 || need+=(util-linux)
# The artifact tests run a real OCI registry on loopback and load it with skopeo; htpasswd makes its logins.
command -v docker-registry >/dev/null 2>&1 || need+=(docker-registry)
command -v skopeo >/dev/null 2>&1 || need+=(skopeo)
command -v htpasswd >/dev/null 2>&1 || need+=(apache2-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; fi
fi

results=$(mktemp -d "${TMPDIR:-/tmp}/slipway-test-results.XXXXXX")
trap 'rm -rf "$results"' EXIT

dotnet test Slipway.slnx --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  value() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$((total + $(value total)))
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
done
skipped=$((total - passed - failed))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "the test run failed before reporting results (build error?)" >&2
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
