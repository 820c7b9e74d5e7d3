# Shaped like kube-state-metrics before v2.14.0 (found by the corpus): no version file, the version
# only in a README and example manifests (0.31.0, the latest release main reaches), and one line of
# code naming the coming release in a deprecation notice. v0.32.0 is tagged on its release branch,
# not merged back. The tree holds 0.31.0 three times and 0.32.0 once: init looks for 0.31.0, the
# version the tree holds most, not the highest version it holds at all.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "release: v0.31.0"
tag v0.31.0
git checkout -q -b release-0.32
sed -i 's/0\.31\.0/0.32.0/g' README.md examples/deployment.yaml
commit "Ann <ann@example.com>" "release: v0.32.0"
tag v0.32.0
git checkout -q main
