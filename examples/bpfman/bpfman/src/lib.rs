//! bpfman: an eBPF manager.

// The dispatcher images stay on "latest" between releases; the release process pins them to the
// release tag and reverts them afterwards.
pub(crate) const XDP_DISPATCHER_IMAGE: &str = "quay.io/bpfman/xdp-dispatcher:latest";
pub(crate) const TC_DISPATCHER_IMAGE: &str = "quay.io/bpfman/tc-dispatcher:latest";

/// The address the metrics exporter listens on.
pub const METRICS_ADDRESS: &str = "0.0.0.0:8443";
