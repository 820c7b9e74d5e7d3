// The wire protocol has versions of its own.
export const PROTOCOL_VERSION = '2.0.0';
