module github.com/bpfman/bpfman-operator

go 1.23

require github.com/bpfman/bpfman v0.5.6
