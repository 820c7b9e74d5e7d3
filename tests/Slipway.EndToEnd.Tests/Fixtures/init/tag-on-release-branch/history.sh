# Shaped like kube-state-metrics before v2.18.0 (found by the corpus): no version file, the version
# only in a README and example manifests, and the latest release (v0.32.0) tagged on its release
# branch, its version change merged back to main. The nearest tag reachable from main is v0.31.0;
# the tree holds 0.32.0, and that is the version init looks for.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "release: v0.31.0"
tag v0.31.0
git checkout -q -b release-0.32
sed -i 's/0\.31\.0/0.32.0/g' README.md examples/deployment.yaml
commit "Ann <ann@example.com>" "release: v0.32.0"
tag v0.32.0
git checkout -q main
commit "Ben <ben@example.com>" "docs: explain the metrics"
sed -i 's/0\.31\.0/0.32.0/g' README.md examples/deployment.yaml
commit "Ann <ann@example.com>" "release: v0.32.0 on main"
git branch -q -D release-0.32
