# Shaped like kube-state-metrics with a chart: the chart and its default image tag, and the same
# version label in every example manifest, which is one entry a maintainer writes with a glob.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "*: Cut 2.13.0"
tag v2.13.0
