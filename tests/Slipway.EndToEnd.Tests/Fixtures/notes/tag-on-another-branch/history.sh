# v1.0.1 was released from a patch branch: it is the greatest version below 1.1.0 but not an
# ancestor of main, so the previous release of 1.1.0 is v1.0.0.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/svc.git
commit "Ann <ann@example.com>" "feat: service"
tag v1.0.0
git checkout -q -b release-v1.0.0-patch
commit "Ben <ben@example.com>" "fix: patch the leak (#5)"
tag v1.0.1
git checkout -q main
commit "Ann <ann@example.com>" "feat: add metrics (#6)"
commit "Ben <ben@example.com>" "fix: patch the leak on main (#7)"
