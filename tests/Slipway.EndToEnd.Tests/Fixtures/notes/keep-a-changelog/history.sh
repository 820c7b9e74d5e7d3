source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/widget.git
commit "Ann <ann@example.com>" "feat: first widget"
tag v1.0.0
commit "Ann <ann@example.com>" "feat: add widget colours (#3)"
commit "Ben <ben@example.com>" "fix: widgets no longer overlap (#4)"
commit "Ben <ben@example.com>" "perf: cache widget layouts (#5)"
commit "Ann <ann@example.com>" "revert: drop the legacy widget API (#6)"
commit "Cy <cy@example.com>" "fix(security): escape widget titles (#7)"
commit "Ann <ann@example.com>" "test: cover widget colours (#8)"
commit "Ann <ann@example.com>" "feat!: widgets are immutable (#9)

BREAKING-CHANGE: Widget.set() is gone; build a new widget instead."
