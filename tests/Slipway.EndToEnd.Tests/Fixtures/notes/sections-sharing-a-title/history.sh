# git-cliff's groups: its commit parsers send chore and ci commits to one group, and doc and docs to
# another; mapped to the same titles, they share one section each, listed in the history's order.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/tool.git
commit "Ann <ann@example.com>" "feat: first tool"
tag v1.0.0
commit "Ann <ann@example.com>" "ci(release): publish musl wheels (#21)"
commit "Ben <ben@example.com>" "doc(readme): fix the install command (#22)"
commit "Ann <ann@example.com>" "chore(docker): install ca-certificates (#23)"
commit "Cem <cem@example.com>" "feat(args): add an offline flag (#24)"
commit "Ben <ben@example.com>" "docs(website): add highlights for 1.1.0 (#25)"
commit "Cem <cem@example.com>" "ci(lychee): retry on 502 (#26)"
