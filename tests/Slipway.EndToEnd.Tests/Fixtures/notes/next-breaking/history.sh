# Breaking changes marked three ways: '!', a BREAKING CHANGE footer on a plain subject, and a
# BREAKING-CHANGE footer inside a merged branch whose PR title says nothing about it.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/api.git
commit "Ann <ann@example.com>" "feat: first API"
tag v1.4.0
commit "Ann <ann@example.com>" "feat(auth)!: require tokens on every call (#40)"
commit "Ben <ben@example.com>" "Remove the v1 endpoints (#41)

BREAKING CHANGE: /v1 is gone; call /v2."
git checkout -q -b config
commit "Cy <cy@example.com>" "refactor(config): read one file

BREAKING-CHANGE: the config directory is now a single file, api.yaml."
git checkout -q main
merge config "Ann <ann@example.com>" "Merge pull request #42 from cy/config" "Simplify configuration loading"
commit "Ben <ben@example.com>" "fix: close idle connections (#43)"
