# Shaped like kind: a Go CLI whose version.go splits the version in two constants, the core and the
# pre-release label ("alpha" between releases, "" in a release), so the project is at 0.31.0-alpha.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "version v0.31.0-alpha"
tag v0.31.0-alpha
