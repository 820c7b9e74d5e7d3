module x

require (
	github.com/a/b v1.2.3
	github.com/bpfman/bpfman v0.5.1 // indirect
)
