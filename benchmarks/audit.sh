#!/usr/bin/env bash
# Times 'slipway audit' on a generated 10,000-file repository against the floor (git grep doing the
# same search of every tracked file) and a reference searcher (ripgrep). Reproduce with:
#   benchmarks/audit.sh            (installs hyperfine and ripgrep when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine rg; do
  command -v "$tool" >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine ripgrep >/dev/null; break; }
done

work=${BENCH_WORK:-benchmarks/work}
mkdir -p "$work"
build/publish.sh "$work/slipway" >/dev/null
if [ ! -d "$work/files/.git" ]; then
  rm -rf "$work/files"
  dotnet run --project benchmarks/Slipway.Benchmarks -c Release -- files "$work/files" --files "${FILES:-10000}"
fi

slipway=$(realpath "$work/slipway/slipway")
cd "$work/files"
"$slipway" audit | tail -n 1
hyperfine -N --warmup 2 --runs "${RUNS:-10}" --export-markdown ../audit.md \
  -n "git grep (floor)" "git grep -c -w -F -e 0.5.1 -e v0.5.1" \
  -n "ripgrep (reference)" "rg -c -w -F -e 0.5.1 -e v0.5.1" \
  -n "slipway audit" "$slipway audit"
/usr/bin/time -f "slipway audit peak RSS: %M KiB" "$slipway" audit >/dev/null
