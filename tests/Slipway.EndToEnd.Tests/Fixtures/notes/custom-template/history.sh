source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/widget.git
commit "Ann <ann@example.com>" "feat: first widget"
tag v1.0.0
commit "Ann <ann@example.com>" "feat: add widget colours (#3)"
commit "Ben <ben@example.com>" "fix: widgets no longer overlap (#4)"
