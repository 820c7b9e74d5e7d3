//! The bpfman gRPC API.
pub const API_VERSION: &str = "v1";
