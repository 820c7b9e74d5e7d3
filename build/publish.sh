#!/usr/bin/env bash
# Publishes slipway as one self-contained native executable (Native AOT: it needs no .NET to run and
# starts in milliseconds) and installs it as DIR/slipway (default DIR: artifacts/slipway). Copy that one
# file anywhere on PATH:
#   build/publish.sh ~/.local/bin
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/slipway}
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
# The compiler's output folder holds symbols and the library's .pdb besides the executable: only the executable is installed.
stage=artifacts/publish/$rid
rm -rf "$stage"
dotnet publish src/Slipway.Cli -c Release -r "$rid" -o "$stage" -v quiet -nologo
mkdir -p "$out"
install -m 755 "$stage/slipway" "$out/slipway"
echo "$out/slipway"
