# The conventional-changelog style with notes.sections configured (keyed by commit type, as
# release-please's changelog-sections are): those sections, in that order, and no others.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/widget.git
commit "Ann <ann@example.com>" "feat: first widget"
tag v1.0.0
commit "Ann <ann@example.com>" "feat: add widget colours (#3)"
commit "renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>" "chore(deps): update actions/setup-go action to v5 (#4)"
commit "Ben <ben@example.com>" "fix: widgets no longer overlap (#5)"
commit "Ben <ben@example.com>" "perf: cache widget layouts (#6)"
