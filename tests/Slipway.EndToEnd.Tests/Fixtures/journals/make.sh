#!/usr/bin/env bash
# Makes the fixtures of JournalMigrationTests: releases in progress journaled by an older build.
# They were made with the build of main at a7aae24 (journal format slipway-release/1), so the tests
# prove that a release started before an upgrade resumes after it. Each case folder holds the
# journals as that build wrote them, the repository (work.bundle) and its remote (origin.bundle)
# as the release left them, and HEAD, the branch that was checked out.
#
#   usage: make.sh SLIPWAY_DLL OUT_DIR     (from the repository root; SLIPWAY_DLL of that build)
set -euo pipefail
dll=$(realpath "$1"); out=$(realpath -m "$2"); examples=$(realpath examples)
export GIT_AUTHOR_NAME="Test Author" GIT_AUTHOR_EMAIL=author@example.com GIT_COMMITTER_NAME="Test Committer" GIT_COMMITTER_EMAIL=committer@example.com
export GIT_AUTHOR_DATE=2026-01-01T12:00:00Z GIT_COMMITTER_DATE=2026-01-01T12:00:00Z GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null NO_COLOR=1
unset GITHUB_TOKEN GH_TOKEN || true
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT; cd "$scratch"

start() { # the kubeopencode example, committed and pushed to a bare remote
  mkdir -p "$1/origin.git" "$1/clone"; git -C "$1/origin.git" init -q --bare -b main
  cp -r "$examples/kubeopencode/." "$1/clone/"; git -C "$1/clone" init -q -b main
  git -C "$1/clone" config user.name "Release Manager"; git -C "$1/clone" config user.email releases@example.com
  git -C "$1/clone" add -A; git -C "$1/clone" commit -q -m "initial import"
  git -C "$1/clone" remote add origin "$PWD/$1/origin.git"; git -C "$1/clone" push -q -u origin main
}
keep() { # the case as the fixture stores it
  mkdir -p "$out/$2/journals"
  git -C "$1/clone" bundle create "$out/$2/work.bundle" --all; git -C "$1/origin.git" bundle create "$out/$2/origin.bundle" --all
  git -C "$1/clone" symbolic-ref --short HEAD > "$out/$2/HEAD"; cp "$1"/clone/.git/slipway/releases/*.json "$out/$2/journals/"
}

# A final release stopped at the pull request.
start final; (cd final/clone && dotnet "$dll" release 0.2.0 --yes); keep final final-at-pull-request

# 0.2.0 released; a fix lands on main; the patch release 0.2.1 of v0.2.0 with it, stopped at the pull request.
start patch; (cd patch/clone && dotnet "$dll" release 0.2.0 --yes)
git clone -q patch/origin.git patch/maint
git -C patch/maint merge -q --no-ff origin/release/v0.2.0 -m "Merge pull request #101 from maintainer/release/v0.2.0"; git -C patch/maint push -q origin main
(cd patch/clone && dotnet "$dll" resume && dotnet "$dll" done crd-upgrade-table)
git -C patch/maint pull -q; mkdir -p patch/maint/cmd/kubeopencode; echo "package main" > patch/maint/cmd/kubeopencode/fix.go
git -C patch/maint add -A; git -C patch/maint commit -q -m "fix: requeue evicted pods (#31)"; git -C patch/maint push -q origin main
fix=$(git -C patch/maint rev-parse HEAD)
(cd patch/clone && git pull -q --ff-only && dotnet "$dll" release 0.2.1 --from v0.2.0 --cherry-pick "$fix" --yes)
keep patch patch-at-pull-request
