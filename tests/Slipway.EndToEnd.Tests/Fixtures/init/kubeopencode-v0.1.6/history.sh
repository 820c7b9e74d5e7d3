# Shaped like KubeOpenCode's tree at v0.1.6: both Makefiles hold the tag form (v0.1.6), the chart
# the bare version and appVersion "v0.1.6", AGENTS.md a status line; the UI package is at a version
# of its own that releases never change; the install guide names the chart version.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "chore: prepare v0.1.6 release (#210)"
tag v0.1.6
