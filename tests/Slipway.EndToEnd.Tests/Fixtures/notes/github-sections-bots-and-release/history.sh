# KubeOpenCode's v0.1.7 history: refactorings opened by its own bot (kubeopencode-dev[bot]) belong under
# Refactoring; dependency updates are known by their scope or their title, whoever made them (the
# konflux bot is known by its e-mail, as its commits carry the name "red-hat-konflux"). Descriptions
# are the first prose paragraph: never a CVE list, pasted terminal output or a PR template. The
# release's own pull request and commit, and an earlier release candidate's, are left out.
source "$(dirname "$0")/../lib.sh"
git remote add origin git@github.com:kubeopencode/kubeopencode.git
commit "Alice Chen <alice@kubeopencode.io>" "chore: initial controller"
tag v0.1.6
devbot="kubeopencode-dev[bot] <201502631+kubeopencode-dev[bot]@users.noreply.github.com>"
commit "$devbot" "refactor(git-sync): remove dead code in syncOnce (#243)"
commit "red-hat-konflux <126015336+red-hat-konflux[bot]@users.noreply.github.com>" "chore(deps): update konflux references (#244)

Signed-off-by: red-hat-konflux <126015336+red-hat-konflux[bot]@users.noreply.github.com>"
commit "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>" "Bump golang.org/x/net from 0.23.0 to 0.33.0 (#245)

Bumps [golang.org/x/net](https://github.com/golang/net) from 0.23.0 to 0.33.0.
- [Commits](https://github.com/golang/net/compare/v0.23.0...v0.33.0)"
commit "Bob Marsh <bob@example.com>" "fix(auth): update golang.org/x/crypto for two CVEs (#246)

- CVE-2024-45337: misuse of ServerConfig.PublicKeyCallback
- CVE-2024-45338: non-linear parsing of case-insensitive content"
commit "$devbot" "refactor(controller): extract magic values into constants (#247)

The requeue intervals and label keys move into one file of constants."
commit "Carol Diaz <carol@example.com>" "feat(agent): mount secrets as files (#248)

<!-- Thank you for contributing! Please describe the change below. -->

## Description

Agents can now mount Kubernetes secrets as files, next to the environment variables.

## Checklist

- [x] Tests added"
commit "Alice Chen <alice@kubeopencode.io>" "chore: prepare v0.1.7-rc1 release (#249)"
tag v0.1.7-rc1
commit "Dan Ortiz <dan@example.com>" "fix(cli): say which config file is missing (#251)

\$ kubeopencode agent run --config dev.yaml
Error: open /Users/dan/src/kubeopencode/dev.yaml: no such file or directory"
git checkout -q -b release/v0.1.7
commit "Alice Chen <alice@kubeopencode.io>" "chore: prepare v0.1.7 release

- Makefile: VERSION = 0.1.7

Signed-off-by: Alice Chen <alice@kubeopencode.io>"
git checkout -q main
merge release/v0.1.7 "Alice Chen <alice@kubeopencode.io>" "Merge pull request #257 from kubeopencode/release/v0.1.7" "Release v0.1.7"
