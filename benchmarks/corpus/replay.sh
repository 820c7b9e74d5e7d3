#!/usr/bin/env bash
# Replays the real releases of the corpus projects with the slipway built from this checkout and
# prints the table (benchmarks/corpus/README.md explains every column). Needs the projects'
# snapshots, which CI cannot fetch: a development tool, like the benchmarks.
#   SLIPWAY_CORPUS_MIRROR=DIR benchmarks/corpus/replay.sh [PROJECT...]
# DIR holds one snapshot per project as OWNER+NAME/repo (a bare git repository, as the search
# tool's fetch leaves them). Work clones and the details (report.md) go to benchmarks/work/corpus/.
set -euo pipefail
cd "$(dirname "$0")/../.."

mirror=${SLIPWAY_CORPUS_MIRROR:-${1:-}}
[ -n "$mirror" ] && [ -d "$mirror" ] || { echo "replay.sh: set SLIPWAY_CORPUS_MIRROR to the directory of the snapshots" >&2; exit 2; }
[ "${1:-}" = "$mirror" ] && shift
work=${CORPUS_WORK:-benchmarks/work/corpus}
mkdir -p "$work"

build() { dotnet build "$1" -c Release -o "$2" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }; }
build src/Slipway.Cli "$work/slipway"
build benchmarks/corpus/Slipway.Corpus "$work/harness"
"$work/harness/slipway-corpus" --mirror "$mirror" --work "$work" --slipway "$work/slipway/slipway" \
  --projects benchmarks/corpus/projects --report "$work/report.md" "$@"
