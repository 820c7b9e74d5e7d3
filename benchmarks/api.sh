#!/usr/bin/env bash
# Times 'slipway api' (the Kubernetes API gate) on 8 CRDs of about 5,000 lines each between two
# release tags, against the floor: git cat-file --batch reading the same 16 blobs, which any tool
# that compares the CRDs of two revisions from git's objects must read.
# Reproduce with:
#   benchmarks/api.sh                            (installs hyperfine when missing; publishes Slipway)
#   SLIPWAY=path/to/slipway benchmarks/api.sh    (times that build instead of publishing one)
#   BEFORE=path/to/other/slipway benchmarks/api.sh  (adds another build, timed in the same run; its output must be the same)
# Takes about a minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "api.sh: $*" >&2; exit 1; }
if ! command -v hyperfine >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine time >/dev/null
fi
for tool in hyperfine git dotnet python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing"
done

work=${BENCH_WORK:-benchmarks/work}
mkdir -p "$work"
work=$(realpath "$work")
if [ -n "${SLIPWAY:-}" ]; then
  slipway=$(command -v "$SLIPWAY") || fail "SLIPWAY=$SLIPWAY is not a command"
else
  build/publish.sh "$work/slipway" >/dev/null
  slipway="$work/slipway/slipway"
fi
if [ ! -d "$work/crds/.git" ]; then
  rm -rf "$work/crds"
  dotnet run --project benchmarks/Slipway.Benchmarks -c Release -- crds "$work/crds" --crds 8 --lines 5000
fi

cd "$work/crds"
# The floor's input: the blob ids of every CRD manifest at both tags.
for tag in v1.0.0 v1.1.0; do git ls-tree -r "$tag" -- config/crd/bases | awk '{print $3}'; done >"$work/api-blobs.txt"
[ "$(wc -l <"$work/api-blobs.txt")" = 16 ] || fail "expected 16 CRD blobs in $work/crds (delete it to regenerate)"
echo "$(git show v1.1.0:config/crd/bases/bpfman.io_xdpprograms.yaml | wc -l) lines in one CRD; $(git cat-file --batch <"$work/api-blobs.txt" | wc -c) bytes read by the floor"

# One run before timing: the gate must find the release's breaking changes (exit 1, SW110) and nothing worse.
set +e
"$slipway" api --from v1.0.0 --to v1.1.0 --json >"$work/api-report.json" 2>"$work/api-error.json"
code=$?
set -e
[ "$code" = 1 ] && grep -q '"SW110"' "$work/api-error.json" || fail "expected exit 1 (SW110) from slipway api, got $code: $(head -c 300 "$work/api-error.json")"
if [ -n "${BEFORE:-}" ]; then
  before=$(command -v "$BEFORE") || fail "BEFORE=$BEFORE is not a command"
  "$before" api --from v1.0.0 --to v1.1.0 --json >"$work/api-report-before.json" 2>/dev/null || true
  cmp -s "$work/api-report.json" "$work/api-report-before.json" || fail "BEFORE's JSON report differs from this build's"
  cmp -s <("$before" api --from v1.0.0 --to v1.1.0 2>&1) <("$slipway" api --from v1.0.0 --to v1.1.0 2>&1) || fail "BEFORE's table differs from this build's"
fi
python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['summary']; print('findings:', ', '.join(f'{v} {k}' for k, v in s.items() if v))" "$work/api-report.json"

# hyperfine runs each command through a shell (for the floor's redirection) and subtracts the shell's
# own start-up; -i because the gate's exit code 1 is its answer here, checked above.
hyperfine --warmup 2 --runs "${RUNS:-15}" -i --export-json "$work/api.json" \
  -n "git cat-file --batch (floor)" "git cat-file --batch < $work/api-blobs.txt" \
  -n "slipway api --json" "$slipway api --from v1.0.0 --to v1.1.0 --json" \
  -n "slipway api (table)" "$slipway api --from v1.0.0 --to v1.1.0" \
  ${BEFORE:+-n "before: slipway api --json" "$before api --from v1.0.0 --to v1.1.0 --json"}

/usr/bin/time -f %M -o "$work/api-rss.txt" "$slipway" api --from v1.0.0 --to v1.1.0 --json >/dev/null 2>&1 || true
echo "slipway api peak RSS: $(($(tail -n 1 "$work/api-rss.txt") / 1024)) MiB"

python3 - "$work/api.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
floor = results["git cat-file --batch (floor)"]
print("\nMeans (wall) and CPU (user + system, the process and its git children); ratios of means.")
print("| command | wall | CPU | wall / floor | CPU / floor |")
print("|---|---|---|---|---|")
for name, r in results.items():
    cpu = r["user"] + r["system"]
    floor_cpu = floor["user"] + floor["system"]
    print(f"| {name} | {r['mean'] * 1000:.0f} ms ± {r['stddev'] * 1000:.0f} | {cpu * 1000:.0f} ms | "
          f"{r['mean'] / floor['mean']:.1f} | {cpu / floor_cpu:.1f} |")
PY
