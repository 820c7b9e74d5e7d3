#!/usr/bin/env bash
# Packs slipway as a .NET tool into the folder FEED (default: artifacts/tool), then install it with:
#   dotnet tool install --global slipway --add-source FEED
# FEED gets three packages: slipway.VERSION.nupkg names a package per platform; slipway.RID.VERSION.nupkg
# holds this machine's native executable (Native AOT, what 'dotnet tool install' picks here);
# slipway.any.VERSION.nupkg runs on any other platform that has the .NET 10 runtime.
# NATIVE_ONLY=1 leaves out the 'any' package (the tests install only the native one).
set -euo pipefail
cd "$(dirname "$0")/.."
feed=${1:-artifacts/tool}
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
mkdir -p "$feed"
rm -f "$feed"/slipway.*nupkg
# A package holds every file of its publish folder: each is published into an empty folder of its own.
stage=artifacts/pack
pack() {
  local name=$1; shift
  rm -rf "$stage/$name"
  ToolPackageRuntimeIdentifiers="$rid;any" dotnet pack src/Slipway.Cli -c Release -o "$feed" -nologo -v quiet \
    -p:PublishDir="$PWD/$stage/$name/" "$@"
}
pack pointer
pack "$rid" -r "$rid"
[ "${NATIVE_ONLY:-0}" = 1 ] || pack any -r any -p:PublishAot=false
ls "$feed"/slipway.*nupkg
