# Shaped like kube-rs: the workspace version its crates inherit, exact pins between its crates
# (version = "=4.0.0") and a ^ pin in the examples' dev-dependencies, the lockfile entries of its
# own crates beside a registry crate at the same version, and the README's dependency line.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "release 4.0.0"
tag 4.0.0
