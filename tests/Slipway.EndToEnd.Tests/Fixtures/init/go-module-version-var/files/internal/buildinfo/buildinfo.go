// Package buildinfo describes the build.
package buildinfo

const (
	// Version of ferry, as its API reports it.
	Version = "0.4.2"
	// Commit is set by the linker.
	Commit = "unknown"
)
