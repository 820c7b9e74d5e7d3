# bpfman's v0.6.0 history: pull requests merged by mergify[bot] with signed merge commits whose body is
# the PR title, titles that have the shape of a git trailer ("ci: Remove public-api checks") beside
# titles with a scope, a squash merge, a merge with no body whose branch has one commit, a PR rebased
# onto main (no merge, no number: GitHub's list needs the forge to name it), and fossabot, a bot by
# configuration only, which is never a new contributor.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/bpfman/bpfman.git
commit "Dave Tucker <dave@example.com>" "Initial commit"
commit "Andre Fredette <andre@example.com>" "Add the TC dispatcher"
tag v0.5.6
mergify="mergify[bot] <37929162+mergify[bot]@users.noreply.github.com>"

git checkout -q -b no-public-api
commit "Dave Tucker <dave@example.com>" "ci: drop the public-api job"
commit "Dave Tucker <dave@example.com>" "ci: remove public-api from the required checks"
git checkout -q main
signed_merge no-public-api "$mergify" "Merge pull request #1424 from dave-tucker/no-public-api" "ci: Remove public-api checks"

git checkout -q -b dependabot/cargo/tokio-1.43.0
commit "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>" "build(deps): bump tokio from 1.42.0 to 1.43.0

Bumps [tokio](https://github.com/tokio-rs/tokio) from 1.42.0 to 1.43.0.
- [Release notes](https://github.com/tokio-rs/tokio/releases)

Signed-off-by: dependabot[bot] <support@github.com>"
git checkout -q main
signed_merge dependabot/cargo/tokio-1.43.0 "$mergify" "Merge pull request #1425 from bpfman/dependabot/cargo/tokio-1.43.0" "build(deps): bump tokio from 1.42.0 to 1.43.0"

git checkout -q -b fossa
commit "fossabot <badges@fossa.io>" "Add license scan report and status"
git checkout -q main
signed_merge fossa "$mergify" "Merge pull request #1426 from fossabot/fossa" "Add license scan report and status"

commit "Andre Fredette <andre@example.com>" "chore: Fix README images (#1430)

Signed-off-by: Andre Fredette <andre@example.com>"

git checkout -q -b install-docs
commit "Nina Newcomer <nina@example.com>" "docs: clarify the install guide"
git checkout -q main
signed_merge install-docs "$mergify" "Merge pull request #1433 from nina/install-docs"

commit "Shane Utt <shane@example.com>" "fix: close the socket on shutdown"
commit "Shane Utt <shane@example.com>" "test: cover the shutdown path"
