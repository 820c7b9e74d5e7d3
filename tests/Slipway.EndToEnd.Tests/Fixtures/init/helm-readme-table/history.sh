# Shaped like a Helm chart whose README table is generated from values.yaml (readme-generator,
# helm-docs): the row of the default image tag holds the release, padded like every other row, so
# what precedes the version ("| `v") is the same in the row of another image at another version.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "chore: release 0.9.0"
tag v0.9.0
