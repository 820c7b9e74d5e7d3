# The same history as prerelease-series: two release candidates before a final.
. "$(dirname "$0")/../prerelease-series/history.sh"
