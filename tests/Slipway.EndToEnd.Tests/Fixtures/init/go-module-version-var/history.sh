# Shaped like a small Go CLI: no version file, the version a release changes is the variable main.go
# prints (var version = "0.4.2") and the constant its build info exports; the wire protocol's own
# Version (2.1.0), a test's expectation and a test-data file are not the program's version.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "release 0.4.2"
tag v0.4.2
