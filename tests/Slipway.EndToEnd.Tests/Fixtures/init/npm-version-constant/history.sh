# Shaped like release-please: package.json and a version-3 lockfile, and the VERSION constant the
# library exports from src/index.ts (between x-release-please markers), which every release sets.
# Not the package's version: a protocol version of its own, a CLI's placeholder, the bundle the build
# writes into dist/ and a test fixture's copy (those two are listed as candidates); the manifest
# release-please keeps of its own releases is a candidate too (a maintainer who leaves release-please
# drops it).
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "chore(main): release 3.2.1 (#120)"
tag v3.2.1
