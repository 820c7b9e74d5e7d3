package main

import "fmt"

// Set through -ldflags at build time; "dev" for untagged builds.
var (
	Version   = "dev"
	GitCommit = "unknown"
	BuildDate = "unknown"
)

func main() {
	fmt.Printf("kubeopencode version %s\n", Version)
}
