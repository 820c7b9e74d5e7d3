# The same history as breaking-range: breaking changes marked three ways.
. "$(dirname "$0")/../breaking-range/history.sh"
