# A project whose CHANGELOG conventional-changelog used to write (release-please's Features and
# Bug Fixes): its sections list no "deps". A fix(deps) is a fix there and is listed under Bug
# Fixes; chore(deps), build(deps), a bare "deps:" and a dependabot title are in no listed section
# and are left out; a breaking change of the deps scope is under the breaking section.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/widget.git
commit "Ann <ann@example.com>" "chore: first widget"
tag v1.0.0
commit "Ann <ann@example.com>" "feat: add widget colours (#3)"
commit "Ben <ben@example.com>" "fix(deps): update dependency left-pad to v2 (#4)"
commit "Ben <ben@example.com>" "chore(deps): update the dev tools (#5)"
commit "Ben <ben@example.com>" "build(deps): bump eslint from 8.0.0 to 9.0.0 (#6)"
commit "Ben <ben@example.com>" "deps: refresh the lockfile (#7)"
commit "Ben <ben@example.com>" "Bump lodash from 4.17.20 to 4.17.21 (#8)"
commit "Ann <ann@example.com>" "feat(deps)!: require left-pad 3 (#9)"
commit "Cy <cy@example.com>" "fix: widgets no longer overlap (#10)"
