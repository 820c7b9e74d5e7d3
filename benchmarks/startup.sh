#!/usr/bin/env bash
# Times the commands that do little besides starting: 'slipway --version' against a native hello-world
# (C, gcc -O2: the floor for any process; and C#, Native AOT: the floor for a .NET one), and 'slipway verify' on KubeOpenCode's configuration
# (examples/kubeopencode, 6 references) and on a bpfman-size one (24 references in 15 files: the
# bpfman example plus manifests, docs and package files that carry the version). Reproduce with:
#   benchmarks/startup.sh                       (installs hyperfine and gcc when missing)
#   SLIPWAY=path/to/slipway benchmarks/startup.sh   (times that build instead of publishing one)
#   BEFORE=path/to/other/slipway benchmarks/startup.sh  (adds another build to every comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine gcc; do
  command -v "$tool" >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine gcc >/dev/null; break; }
done

work=${BENCH_WORK:-benchmarks/work}
mkdir -p "$work"
work=$(realpath "$work")
if [ -n "${SLIPWAY:-}" ]; then
  slipway=$(realpath "$SLIPWAY")
else
  build/publish.sh "$work/slipway" >/dev/null
  slipway="$work/slipway/slipway"
fi

printf '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n' >"$work/hello.c"
gcc -O2 -o "$work/hello" "$work/hello.c"
# The floor of any .NET program: a hello-world compiled as Slipway is (Native AOT), for where the time goes.
if [ ! -x "$work/hello-aot/out/hello-aot" ]; then
  mkdir -p "$work/hello-aot"
  printf '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n    <PublishAot>true</PublishAot>\n  </PropertyGroup>\n</Project>\n' >"$work/hello-aot/hello-aot.csproj"
  printf 'System.Console.WriteLine("hello");\n' >"$work/hello-aot/Program.cs"
  dotnet publish "$work/hello-aot" -c Release -o "$work/hello-aot/out" -nologo -v quiet
fi

# repository NAME: a git repository of examples/NAME, committed.
repository() {
  rm -rf "${work:?}/verify-$1" && mkdir -p "$work/verify-$1" && cp -r "examples/$2/." "$work/verify-$1/"
  git -C "$work/verify-$1" init -q -b main
}
commit() { git -C "$1" add -A && git -C "$1" -c user.name=bench -c user.email=bench@example.com commit -q -m "$2"; }

repository kubeopencode kubeopencode
commit "$work/verify-kubeopencode" "KubeOpenCode"

repository bpfman24 bpfman
big=$work/verify-bpfman24
mkdir -p "$big/deploy" "$big/docs/install" "$big/web"
for n in 1 2 3 4 5 6 7 8; do
  printf 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: bpfman-%d\n  labels:\n    version: "0.5.1"\n' "$n" >"$big/deploy/daemonset-$n.yaml"
done
for n in 1 2 3 4; do printf '# Install %d\n\n    bpfman --version 0.5.1\n' "$n" >"$big/docs/install/step-$n.md"; done
for n in 1 2 3 4; do printf '{\n  "name": "bpfman-web-%d",\n  "version": "0.5.1"\n}\n' "$n" >"$big/web/package-$n.json"; done
{
  for n in 1 2 3 4 5 6 7 8; do printf '  - file: deploy/daemonset-%d.yaml\n    yaml: metadata.labels.version\n' "$n"; done
  for n in 1 2 3 4; do printf '  - file: docs/install/step-%d.md\n    regex: %s\n' "$n" "'--version (?<version>\\S+)'"; done
  for n in 1 2 3 4; do printf '  - file: web/package-%d.json\n    json: version\n' "$n"; done
} >"$work/bpfman24-versions.yaml"
# The new entries go at the end of the 'versions' list (right before 'pins:').
python3 - "$big/slipway.yaml" "$work/bpfman24-versions.yaml" <<'PY'
import sys
config, extra = (open(p).read() for p in sys.argv[1:])
open(sys.argv[1], "w").write(config.replace("\n# \"Modify the tag", "\n" + extra + "\n# \"Modify the tag", 1))
PY
commit "$big" "bpfman, 24 references"
for repo in kubeopencode bpfman24; do
  (cd "$work/verify-$repo" && "$slipway" verify | tail -n 1)
done

commands=(-n "hello-world (C, floor)" "$work/hello" -n "hello-world (.NET, Native AOT)" "$work/hello-aot/out/hello-aot" -n "slipway --version" "$slipway --version")
[ -n "${BEFORE:-}" ] && commands+=(-n "before: slipway --version" "$BEFORE --version")
commands+=(-n "verify, KubeOpenCode (6 references)" "$slipway -C $work/verify-kubeopencode verify")
[ -n "${BEFORE:-}" ] && commands+=(-n "before: verify, KubeOpenCode" "$BEFORE -C $work/verify-kubeopencode verify")
commands+=(-n "verify, bpfman-size (24 references)" "$slipway -C $work/verify-bpfman24 verify")
[ -n "${BEFORE:-}" ] && commands+=(-n "before: verify, bpfman-size" "$BEFORE -C $work/verify-bpfman24 verify")
hyperfine -N --warmup 5 --runs "${RUNS:-40}" --export-json "$work/startup.json" "${commands[@]}"

python3 - "$work/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
floor = results[0]["median"]
print("| command | median | mean ± σ | user + system CPU | median / C hello-world |")
print("|---|---|---|---|---|")
for r in results:
    cpu = (r["user"] + r["system"]) * 1000
    print(f"| {r['command']} | {r['median'] * 1000:.1f} ms | {r['mean'] * 1000:.1f} ± {r['stddev'] * 1000:.1f} ms | {cpu:.1f} ms | {r['median'] / floor:.1f} |")
PY
