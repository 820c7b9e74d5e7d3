#!/usr/bin/env bash
# Publishes the slipway tool, ReadyToRun-compiled for this machine (startup ~2x faster than JIT),
# into DIR (default: artifacts/slipway). Put DIR on PATH to use it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/slipway}
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
dotnet publish src/Slipway.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" -v quiet -nologo
echo "$out/slipway"
