# Shaped like uuid: package.json and a version-3 lockfile (its top and the root package ""), a
# dependency that happens to share the version, example packages at a 0.0.0 placeholder, and a
# generated CHANGELOG whose headings are history, not places to bump.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "chore(main): release 14.0.1 (#964)"
tag v14.0.1
