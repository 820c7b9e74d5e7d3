module x
require github.com/bpfman/bpfman v0.0.0-20240101000000-abcdef123456
