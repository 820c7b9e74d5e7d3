#!/usr/bin/env bash
# Lays out DIR as a repository of 10,000 tracked files the way a real Go project with vendored
# dependencies looks (KubeOpenCode's, bpfman-operator's): a vendor tree of real source (Go's own
# source tree from the golang-src package: code, test data, 342 binary files, a few files over 1 MB),
# a third-party tree of real Python modules, and the project's own small files: Makefile, Helm chart,
# manifests, docs and code, some naming its version 0.5.1 (managed by slipway.yaml) and some not.
# Deterministic for a given Debian release: files are taken in sorted order.
set -euo pipefail
dir=$1
go_src=$(readlink -f /usr/lib/go/src)
python_lib=$(ls -d /usr/lib/python3.[0-9]* | sort -V | tail -n 1)
[ -d "$go_src" ] && [ -d "$python_lib" ] || { echo "real-tree.sh: needs Go's source (golang-src) and python3" >&2; exit 1; }

rm -rf "$dir" && mkdir -p "$dir"
cd "$dir"
copy() { # copy FROM TO COUNT: the first COUNT files under FROM (sorted), with their paths
  (cd "$1" && find . -type f -not -path '*/__pycache__/*' | LC_ALL=C sort | head -n "$3") \
    | (cd "$1" && tar -cf - --no-recursion -T -) | (mkdir -p "$2" && tar -xf - -C "$2")
}
copy "$go_src" vendor/golang.org/go 8100
copy "$python_lib" third_party/python 1800

mkdir -p charts/operator/templates deploy docs cmd/operator internal/controller hack
printf '# Image URL to use all building/pushing image targets\nVERSION ?= 0.5.1\nIMG ?= quay.io/acme/operator:v$(VERSION)\n\nbuild:\n\tgo build -o bin/manager ./cmd/operator\n' >Makefile
printf 'apiVersion: v2\nname: operator\nversion: 0.5.1\nappVersion: "v0.5.1"\n' >charts/operator/Chart.yaml
printf 'image:\n  repository: quay.io/acme/operator\n  tag: ""\n' >charts/operator/values.yaml
printf 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: manager\n          image: quay.io/acme/operator:v0.5.1\n' >deploy/manager.yaml
printf '# Install\n\n    kubectl apply -f https://github.com/acme/operator/releases/download/v0.5.1/install.yaml\n' >docs/install.md
printf '# Changelog\n\n## v0.5.1\n\n- Fix reconcile loop\n\n## v0.5.0\n\n- First release\n' >CHANGELOG.md
printf 'module github.com/acme/operator\n\ngo 1.22\n' >go.mod
i=0
for area in cmd/operator internal/controller hack docs charts/operator/templates deploy; do
  for n in $(seq 1 15); do
    i=$((i + 1))
    case $area in
      docs) printf '# Topic %d\n\nSee the controller, release 0.5.10 and address 0.0.0.0:8080.\n' "$n" >"$area/topic-$n.md" ;;
      deploy|charts/*) printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-%d\ndata:\n  level: "%d"\n' "$n" "$n" >"$area/config-$n.yaml" ;;
      *) printf 'package main\n\n// step%d reconciles one object.\nfunc step%d() int { return %d }\n' "$n" "$n" "$n" >"$area/step_$n.go" ;;
    esac
  done
done
cat >slipway.yaml <<'YAML'
name: operator
versions:
  - file: Makefile
    make: VERSION
  - file: charts/operator/Chart.yaml
    yaml: version
  - file: charts/operator/Chart.yaml
    yaml: appVersion
    value: v{version}
  - file: deploy/manager.yaml
    regex: 'image: quay.io/acme/operator:v(?<version>\S+)'
  - file: docs/install.md
    regex: 'download/v(?<version>[^/]+)/'
YAML
total=$(find . -type f | wc -l)
extra=$((10000 - total))
for n in $(seq 1 "$extra"); do printf 'fixture %d\n' "$n" >"hack/fixture-$n.txt"; done
git init -q -b main
git add -A
git -c user.name=bench -c user.email=bench@example.com commit -q -m "real-looking tree"
echo "$(git ls-files | wc -l) tracked files in $dir ($(du -sh --exclude=.git . | cut -f1) of work tree)"
