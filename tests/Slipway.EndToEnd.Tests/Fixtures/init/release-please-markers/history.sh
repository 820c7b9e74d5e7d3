# Shaped like open-feature-operator: a project released by release-please, whose maintainers marked
# every line it rewrites (an inline 'x-release-please-version', or a block between
# 'x-release-please-start-version' and 'x-release-please-end', here one opened and closed inside a
# table cell too), listing those files as extra-files, and whose manifest holds the root package's
# version beside an API module's own (a candidate: release-please's own record). A test fixture
# carries a marker too: not an extra file.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "chore: release 1.4.2 (#120)"
tag v1.4.2
tag api/v0.3.0
