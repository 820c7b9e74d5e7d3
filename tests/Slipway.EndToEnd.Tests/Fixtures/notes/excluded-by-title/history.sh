# Shaped like git-cliff's own changelog, whose cliff.toml skips lint passes (refactor(clippy)),
# lockfile refreshes (chore(npm): update yarn.lock) and, since 2.13, every change without a scope
# (fix: hydration error) except a breaking one (feat!:), and dependency bumps (chore(deps)). What
# notes.exclude names is left out by its title, whatever its type; a refactor(deps) is a refactoring.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/tool.git
commit "Ann <ann@example.com>" "chore(release): prepare for v2.12.0"
tag v2.12.0
commit "Ann <ann@example.com>" "feat(args): add an offline flag (#1321)"
commit "Ben <ben@example.com>" "refactor(clippy): apply the needless_pass_by_value lint (#877)"
commit "Ann <ann@example.com>" "chore(npm): update yarn.lock (#1358)"
commit "Cem <cem@example.com>" "fix: hydration error (#1445)"
commit "Dee <dee@example.com>" "feat!: read the configuration from one place only (#1450)"
commit "Ben <ben@example.com>" "refactor(deps): replace dirs_next with etcetera (#1477)"
commit "Ann <ann@example.com>" "chore(deps): bump serde from 1.0.196 to 1.0.197 (#1480)"
commit "Cem <cem@example.com>" "fix(remote): retry on a 502 from the forge (#1482)"
commit "Dee <dee@example.com>" "docs(website): add highlights for 2.13.0 (#1491)"
commit "Ann <ann@example.com>" "chore(lib): raise the MSRV to 1.87.0 (#1479)"
commit "Ann <ann@example.com>" "chore(release): prepare for v2.13.0"
tag v2.13.0
