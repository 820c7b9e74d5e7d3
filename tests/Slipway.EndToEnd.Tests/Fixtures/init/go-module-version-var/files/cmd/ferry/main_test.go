package main

import "testing"

func TestVersion(t *testing.T) {
	if version != "0.4.2" {
		t.Fatal(version)
	}
}
