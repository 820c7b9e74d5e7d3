# A project whose CHANGELOG release-please writes (conventional-changelog's conventionalcommits
# format): scoped and unscoped commits, a Renovate dependency fix, hidden types (chore, docs, test),
# a commit pushed without a pull request, a merged pull request, a breaking change with a footer and
# one marked only by '!', a revert. Sections are the preset's, each sorted by scope, then subject.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/widget.git
commit "Ann <ann@example.com>" "feat: first widget"
tag v1.0.0
commit "Ann <ann@example.com>" "feat(render): add widget colours (#3)"
commit "Ben <ben@example.com>" "fix: widgets no longer overlap (#4)"
commit "renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>" "fix(deps): update module golang.org/x/net to v0.33.0 (#5)"
commit "Ben <ben@example.com>" "perf(layout): cache widget layouts"
commit "Ann <ann@example.com>" "chore: tidy the Makefile (#6)"
commit "Cy <cy@example.com>" "docs: explain widget colours (#7)"
git checkout -q -b cy/anchors
commit "Cy <cy@example.com>" "feat(api): anchors for widgets"
git checkout -q main
merge cy/anchors "Cy <cy@example.com>" "Merge pull request #8 from cy/anchors" "feat(api): widgets can be anchored"
commit "Ann <ann@example.com>" "revert: drop the legacy widget API (#9)"
commit "Ann <ann@example.com>" "feat(api)!: widgets are immutable (#10)

BREAKING CHANGE: Widget.set() is gone; build a new widget instead."
commit "Ben <ben@example.com>" "fix!: sizes are in pixels, not points (#11)"
commit "Ann <ann@example.com>" "test: cover widget colours (#12)"
