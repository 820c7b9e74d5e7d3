# Shaped like CloudNativePG: a Go operator whose pkg/versions/versions.go holds the version and the
# default operator image, and whose docs show the release manifest and the plugin package names.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "Version tag to 1.30.0 (#11095)"
tag v1.30.0
