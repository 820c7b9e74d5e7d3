#!/usr/bin/env bash
# Times 'slipway notes' on a generated history of 100,000 pull requests against the floor (git log
# printing the fields notes need for the same commits) and a reference changelog tool (git-cliff),
# over three ranges: the whole history, the last 70,000 PRs, and the last release (1,000 PRs).
# Reproduce with:
#   benchmarks/notes.sh                    (installs hyperfine and git-cliff when missing)
#   WITHOUT_SLIPWAY=1 benchmarks/notes.sh  (only the floor and git-cliff; builds nothing but the generator)
#   SLIPWAY=path/to/slipway benchmarks/notes.sh  (times that build instead of publishing one)
#   BEFORE=path/to/other/slipway benchmarks/notes.sh  (adds another build to each range)
#   WITHOUT_CLIFF=1 benchmarks/notes.sh    (leaves git-cliff out: about 2 minutes instead of 17)
# Takes about 17 minutes on 2 cores, nearly all of it git-cliff on the two large ranges.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "notes.sh: $*" >&2; exit 1; }
if ! command -v hyperfine >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine time >/dev/null
fi
for tool in hyperfine git dotnet npm python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing"
done

work=${BENCH_WORK:-benchmarks/work}
mkdir -p "$work"
work=$(realpath "$work")
with_slipway=$([ "${WITHOUT_SLIPWAY:-0}" = 1 ] && echo 0 || echo 1)
with_cliff=$([ "${WITHOUT_CLIFF:-0}" = 1 ] && echo 0 || echo 1)
if [ "$with_slipway" = 1 ] && [ -n "${SLIPWAY:-}" ]; then
  slipway=$(command -v "$SLIPWAY") || fail "SLIPWAY=$SLIPWAY is not a command"
elif [ "$with_slipway" = 1 ]; then
  build/publish.sh "$work/slipway" >/dev/null
  slipway="$work/slipway/slipway"
fi
if [ ! -d "$work/history/.git" ]; then
  rm -rf "$work/history"
  dotnet run --project benchmarks/Slipway.Benchmarks -c Release -- history "$work/history" --commits 100000
fi

# The npm package's bin is a Node script that starts the native binary from the platform package
# (git-cliff-linux-x64); the native binary is timed, so Node's start-up (~0.15 s a run) is not counted.
cliff_version=2.14.2
cliff=git-cliff
if [ "$with_cliff" = 1 ]; then
  if [ ! -x "$work/node_modules/.bin/git-cliff" ]; then
    npm install --prefix "$work" --no-fund --no-audit --loglevel=error "git-cliff@$cliff_version" >/dev/null
  fi
  cliff=$(ls "$work"/node_modules/git-cliff-*/bin/git-cliff 2>/dev/null | head -n 1) || true
  [ -n "$cliff" ] && [ -x "$cliff" ] || fail "git-cliff's native binary is missing from $work/node_modules (npm install git-cliff@$cliff_version)"
  "$cliff" --version | grep -q " $cliff_version\$" || fail "expected git-cliff $cliff_version, found: $("$cliff" --version)"
fi

# git-cliff set up to write what 'slipway notes' writes in the github-sections style: a section per
# kind of change, one line per pull request with its number.
cat >"$work/cliff.toml" <<'EOF'
[changelog]
header = ""
body = """
{% if version %}## {{ version | trim_start_matches(pat="v") }} ({{ timestamp | date(format="%Y-%m-%d") }})
{% else %}## Unreleased
{% endif %}\
{% for group, commits in commits | group_by(attribute="group") %}
### {{ group | striptags | trim }}
{% for commit in commits %}
- {% if commit.breaking %}**breaking:** {% endif %}{% if commit.scope %}{{ commit.scope }}: {% endif %}{{ commit.message | upper_first }}\
{% endfor %}
{% endfor %}
"""
footer = ""
trim = true

[git]
conventional_commits = true
# The commits of merged branches ("address review comments") are not conventional: dropping them
# leaves one line per pull request, as a first-parent walk does.
filter_unconventional = true
split_commits = false
# A merge commit names its PR in the subject and carries the PR title as its body.
commit_preprocessors = [
  { pattern = '^Merge pull request #([0-9]+) from \S+\n\n([^\n]+)', replace = '${2} (#${1})' },
]
commit_parsers = [
  { message = '^feat', group = '<!-- 0 -->Features' },
  { message = '^fix', group = '<!-- 1 -->Bug fixes' },
  { message = '^refactor', group = '<!-- 2 -->Refactoring' },
  { message = '^chore\(deps\)', group = '<!-- 3 -->Dependencies' },
  { message = '.*', group = '<!-- 4 -->Others' },
]
filter_commits = false
tag_pattern = '^v[0-9]+\.[0-9]+\.[0-9]+$'
sort_commits = "newest"
EOF

cd "$work/history"
cliff="$cliff --config $work/cliff.toml"
floor='git log -z --format=%H%x00%P%x00%an%x00%ae%x00%ct%x00%B'

# One run of each command before timing, so that a missing command or tag fails here, by name.
$floor v0.99.0..v0.100.0 >/dev/null || fail "git log failed on v0.99.0..v0.100.0: is $work/history complete? (delete it to regenerate)"
if [ "$with_cliff" = 1 ]; then
  entries=$($cliff v0.99.0..v0.100.0 2>/dev/null | grep -c '^- ') || fail "git-cliff failed on v0.99.0..v0.100.0"
  echo "git-cliff: $entries entries in v0.99.0..v0.100.0 (1000 pull requests)"
fi
if [ "$with_slipway" = 1 ]; then
  "$slipway" notes --version 0.100.0 >/dev/null ||
    fail "'slipway notes --version 0.100.0' failed: does this build have the notes command? (WITHOUT_SLIPWAY=1 times only git log and git-cliff)"
fi

# bench NAME RUNS FLOOR-RANGE SLIPWAY-ARGS CLIFF-RANGE: one hyperfine run of the three commands.
bench() {
  local name=$1 runs=$2 range=$3 notes=$4 cliff_range=$5
  local commands=(-n "git log (floor)" "$floor $range")
  [ "$with_slipway" = 1 ] && commands+=(-n "slipway notes" "$slipway notes $notes")
  [ -n "${BEFORE:-}" ] && commands+=(-n "before: slipway notes" "$BEFORE notes $notes")
  [ "$with_cliff" = 1 ] && commands+=(-n "git-cliff (reference)" "$cliff $cliff_range")
  echo
  echo "== $name: $(git rev-list --count --first-parent "$range") pull requests, $(git rev-list --count "$range") commits"
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/notes-$name.json" "${commands[@]}"
}
bench all "${BIG_RUNS:-3}" main "--all" ""
bench last-70000 "${BIG_RUNS:-3}" v0.30.0..main "--from v0.30.0 --to main" v0.30.0..main
bench last-release "${RUNS:-10}" v0.99.0..v0.100.0 "--version 0.100.0" v0.99.0..v0.100.0

echo
if [ "$with_slipway" = 1 ]; then
  for run in 1 2 3; do
    /usr/bin/time -f %M -o "$work/notes-rss.txt" "$slipway" notes --all >/dev/null
    echo "slipway notes --all peak RSS: $(($(cat "$work/notes-rss.txt") / 1024)) MiB"
  done
fi
/usr/bin/time -f %M -o "$work/floor-rss.txt" $floor main >/dev/null
echo "git log (whole history) peak RSS: $(($(cat "$work/floor-rss.txt") / 1024)) MiB"
if [ "$with_cliff" = 1 ]; then
  /usr/bin/time -f %M -o "$work/cliff-rss.txt" $cliff >/dev/null 2>&1
  echo "git-cliff (whole history) peak RSS: $(($(cat "$work/cliff-rss.txt") / 1024)) MiB"
fi

echo
python3 - "$work" <<'EOF'
import json, sys

def ms(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"

def ratio(a, b):
    if a is None or b is None:
        return "-"
    return f"{a / b:.2f}" if a / b < 10 else f"{a / b:.0f}"

print("Means; ratios of means.")
print("| range | floor | slipway | before | git-cliff | slipway/floor | before/floor | git-cliff/slipway |")
print("|---|---|---|---|---|---|---|---|")
for name in ("all", "last-70000", "last-release"):
    means = {r["command"]: r["mean"] for r in json.load(open(f"{sys.argv[1]}/notes-{name}.json"))["results"]}
    floor, slipway, before, cliff = (means.get(k) for k in ("git log (floor)", "slipway notes", "before: slipway notes", "git-cliff (reference)"))
    show = lambda t: ms(t) if t else "-"
    print(f"| {name} | {ms(floor)} | {show(slipway)} | {show(before)} | {show(cliff)} | "
          f"{ratio(slipway, floor)} | {ratio(before, floor)} | {ratio(cliff, slipway)} |")
EOF
