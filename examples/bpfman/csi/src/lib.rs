//! The CSI protocol bindings.
pub const CSI_VERSION: &str = "1.8.0";
