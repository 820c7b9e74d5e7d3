module x
require github.com/bpfman/bpfman v0.5.2
