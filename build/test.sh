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
# The fake GitHub checks every request against GitHub's OpenAPI description, from npm.
command -v npm >/dev/null 2>&1 || need+=(npm)
# The Go module hash tests compare Slipway's go.sum lines with what Go's own toolchain computes, offline.
command -v go >/dev/null 2>&1 || need+=(golang-go)
# The kill tests stop slipway on entering a chosen system call (strace's fault injection); flock holds the write lock.
command -v strace >/dev/null 2>&1 || need+=(strace)
command -v flock >/dev/null 2>&1 || need+=(util-linux)
# The Makefile locator's fixtures are checked against GNU make's own reading of them.
command -v make >/dev/null 2>&1 || need+=(make)
# The notes fixtures sign merge commits with a throwaway SSH key, as merge bots sign theirs.
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; fi
fi

# GitHub's OpenAPI description (npm @octokit/openapi, pinned with its integrity in tests/github-openapi/),
# installed into a git-ignored folder when missing or when the pin changed. Only api.github.com.json is
# read; the descriptions of GitHub's other products (about 370 MB) are removed.
openapi=tests/.cache/github-openapi
if ! cmp -s tests/github-openapi/package-lock.json "$openapi/package-lock.json" \
    || [ ! -f "$openapi/node_modules/@octokit/openapi/generated/api.github.com.json" ]; then
  echo "installing GitHub's OpenAPI description (@octokit/openapi) into $openapi"
  rm -rf "$openapi" && mkdir -p "$openapi"
  cp tests/github-openapi/package.json tests/github-openapi/package-lock.json "$openapi/"
  if (cd "$openapi" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null); then
    find "$openapi/node_modules/@octokit/openapi/generated" -type f ! -name api.github.com.json -delete
  else
    echo "npm could not install @octokit/openapi; the GitHub tests will fail until it can" >&2
    rm -f "$openapi/package-lock.json"
  fi
fi

results=$(mktemp -d "${TMPDIR:-/tmp}/slipway-test-results.XXXXXX")
native=$(mktemp -d "${TMPDIR:-/tmp}/slipway-native.XXXXXX")
trap 'rm -rf "$results" "$native"' EXIT

# The native executable, packed as the .NET tool and installed as users install it (from a feed of its
# own packages only), for NativeSmokeTests, which compare it with the JIT build command by command.
started=$SECONDS
printf '<configuration><packageSources><clear /><add key="slipway" value="%s" /></packageSources></configuration>\n' "$native/feed" >"$native/nuget.config"
if NATIVE_ONLY=1 build/pack-tool.sh "$native/feed" >/dev/null \
    && dotnet tool install slipway --tool-path "$native/tools" --configfile "$native/nuget.config" >/dev/null; then
  echo "native tool packed and installed in $((SECONDS - started)) s: $("$native/tools/slipway" --version)"
else
  echo "the native tool could not be packed or installed; NativeSmokeTests will fail" >&2
fi
export SLIPWAY_NATIVE="$native/tools/slipway"

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
