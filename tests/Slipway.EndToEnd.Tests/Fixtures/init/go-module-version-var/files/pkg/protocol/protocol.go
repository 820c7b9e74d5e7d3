// Package protocol speaks ferry's wire protocol, which has versions of its own.
package protocol

// Version of the wire protocol, not of ferry.
const Version = "2.1.0"
