# Shaped like git-cliff: a virtual workspace (only [workspace] at the root) whose two crates carry
# the version themselves, the binary crate's table-form dependency on the core crate pinned at it,
# both crates' lockfile entries beside a registry crate at the same version, and an npm wrapper
# package whose per-platform binary packages are pinned at the version in optionalDependencies,
# beside an optional dependency of another project that happens to share it. The website is a
# package of its own at 0.0.0.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "chore(release): prepare for v3.4.1"
tag v3.4.1
