# A bpfman release candidate: its changelog is one line.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/bpfman/bpfman.git
commit "Dave Tucker <dave@example.com>" "Initial commit"
tag v0.4.0
commit "Dave Tucker <dave@example.com>" "Add uprobe support"
tag v0.4.1-rc1
commit "Dave Tucker <dave@example.com>" "Fix uprobe offsets"
