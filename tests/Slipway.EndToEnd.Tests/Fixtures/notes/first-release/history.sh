# No release yet: the notes cover the whole history and link to its commits.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/new.git
commit "Ann <ann@example.com>" "feat: scaffold the project (#1)"
commit "Ben <ben@example.com>" "fix: typo in the README (#2)"
