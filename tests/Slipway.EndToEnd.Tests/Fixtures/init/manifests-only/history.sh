# Shaped like trivy-operator and kube-state-metrics 2.15 (found by the corpus): no version file at
# all, only the version in manifests of two extensions (.yaml, .md) and a README, next to images.
# The starter's example entry stays commented (a live one names a file that is not there), and the
# label repeated across files is one glob candidate that takes only those extensions, never the
# images beside them (show would report them as unreadable).
source "$(dirname "$0")/../lib.sh"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR app.kubernetes.io/version: "0.31.0"\000' > docs/crds/diagram.png
commit "Ann <ann@example.com>" "release: prepare v0.31.0 (#2950)"
tag v0.31.0
