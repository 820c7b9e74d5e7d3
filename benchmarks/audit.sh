#!/usr/bin/env bash
# Times 'slipway audit' against the floor (git grep doing the same search of every tracked file) and a
# reference searcher (ripgrep), on two 10,000-file repositories: one laid out like a real Go project
# with vendored dependencies (benchmarks/real-tree.sh: real source, test data and binaries), and a
# generated worst case where every text line holds look-alikes of the version (slipway-bench files).
# Reproduce with:
#   benchmarks/audit.sh            (installs hyperfine, ripgrep and Go's source tree when missing)
#   SLIPWAY=path/to/slipway benchmarks/audit.sh   (times that build instead of publishing one)
#   BEFORE=path/to/other/slipway benchmarks/audit.sh   (adds another build to each comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hyperfine >/dev/null 2>&1 || ! command -v rg >/dev/null 2>&1 || [ ! -d /usr/lib/go/src ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine ripgrep golang-src >/dev/null
fi

work=${BENCH_WORK:-benchmarks/work}
mkdir -p "$work"
work=$(realpath "$work")
if [ -n "${SLIPWAY:-}" ]; then
  slipway=$(realpath "$SLIPWAY")
else
  build/publish.sh "$work/slipway" >/dev/null
  slipway="$work/slipway/slipway"
fi
[ -d "$work/real-tree/.git" ] || benchmarks/real-tree.sh "$work/real-tree"
if [ ! -d "$work/files/.git" ]; then
  rm -rf "$work/files"
  dotnet run --project benchmarks/Slipway.Benchmarks -c Release -- files "$work/files" --files "${FILES:-10000}"
fi

for tree in real-tree files; do
  cd "$work/$tree"
  echo
  echo "== $tree: $(git ls-files | wc -l) tracked files"
  "$slipway" audit | tail -n 1
  commands=(-n "git grep (floor)" "git grep -c -w -F -e 0.5.1 -e v0.5.1" -n "ripgrep (reference)" "rg -c -w -F -e 0.5.1 -e v0.5.1" -n "slipway audit" "$slipway audit")
  [ -n "${BEFORE:-}" ] && commands+=(-n "before: slipway audit" "$BEFORE audit")
  hyperfine -N -i --warmup 2 --runs "${RUNS:-20}" --export-markdown "$work/audit-$tree.md" "${commands[@]}"
  /usr/bin/time -f "slipway audit peak RSS: %M KiB" "$slipway" audit >/dev/null
done
