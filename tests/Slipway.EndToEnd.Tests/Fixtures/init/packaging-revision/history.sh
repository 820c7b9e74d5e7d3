# Shaped like an operator whose plugin is shipped as .deb and .rpm packages: the docs show the
# package manager's listing, where the version carries a packaging revision ("1.28.2-1", release
# 1.28.2 packaged once), beside the plain version. At a release candidate the listing reads
# "1.29.0-rc1-1"; the revision is the package's, never the release's.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "Version tag to 1.28.2"
tag v1.28.2
