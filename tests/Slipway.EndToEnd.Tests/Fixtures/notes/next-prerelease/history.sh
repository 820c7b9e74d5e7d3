# Two release candidates before a final: the final's notes start at the previous final release
# (candidates skipped); a candidate's notes start at the previous tag of any kind.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/bpfman/bpfman.git
commit "Dave <dave@example.com>" "Initial commit"
tag v0.4.1
commit "Dave <dave@example.com>" "feat: load programs from OCI images (#300)"
tag v0.5.0-rc1
commit "Andre <andre@example.com>" "fix: verify image signatures (#301)"
tag v0.5.0-rc2
commit "Shane <shane@example.com>" "fix: handle missing bytecode (#302)"
