# Sourced by every init fixture's history.sh: the notes fixtures' helpers (fixed identities and dates).
source "$(dirname "${BASH_SOURCE[0]}")/../notes/lib.sh"
