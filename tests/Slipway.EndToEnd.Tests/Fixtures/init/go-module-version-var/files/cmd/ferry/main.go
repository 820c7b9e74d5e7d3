package main

import (
	"fmt"

	"example.com/ferry/internal/buildinfo"
)

// version is what 'ferry --version' prints; a release sets it here.
var version = "0.4.2"

func main() {
	fmt.Println("ferry", version, buildinfo.Commit)
}
