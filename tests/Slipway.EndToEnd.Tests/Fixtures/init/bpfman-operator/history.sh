# Shaped like bpfman-operator after its v0.5.6 release: the Makefile, the OLM bundle's
# ClusterServiceVersion (its name, spec.version and the operator image it deploys) and the
# kustomize image tag carry the next development version, 0.5.7-dev; the base CSV keeps 0.0.0;
# containerImage stays at latest.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "Release v0.5.6"
tag v0.5.6
commit "Ann <ann@example.com>" "chore: set the development version to 0.5.7-dev"
