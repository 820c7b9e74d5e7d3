# A branch merged without a pull request: the merge is only a join, the branch's commits are listed.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/tool.git
commit "Ann <ann@example.com>" "Initial commit"
tag v0.9.0
git checkout -q -b topic
commit "Ben <ben@example.com>" "feat: parse flags"
commit "Ben <ben@example.com>" "fix: flag defaults"
git checkout -q main
commit "Ann <ann@example.com>" "docs: usage (#10)"
merge topic "Ann <ann@example.com>" "Merge branch 'topic'"
