# KubeOpenCode's history shape: conventional subjects, squash merges ending in (#N), a breaking
# change with migration guidance in its footer, dependency bumps by dependabot, and the release commit
# squashed from the release pull request (left out of its own notes).
source "$(dirname "$0")/../lib.sh"
git remote add origin git@github.com:kubeopencode/kubeopencode.git
commit "Alice Chen <alice@kubeopencode.io>" "chore: initial controller"
tag v0.1.0
commit "Bob Marsh <bob@example.com>" "feat(agent): add devbox agent image (#21)

The devbox agent runs tasks in a full development container.

Signed-off-by: Bob Marsh <bob@example.com>"
commit "Carol Diaz <carol@example.com>" "fix(controller): requeue tasks whose pod was evicted (#22)"
commit "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>" "chore(deps): bump sigs.k8s.io/controller-runtime from 0.19.0 to 0.19.1 (#23)"
commit "Alice Chen <alice@kubeopencode.io>" "feat(api)!: rename Task.spec.agent to agentRef (#24)

Tasks now reference agents by name.

BREAKING CHANGE: Task.spec.agent is now Task.spec.agentRef; update your Task manifests before upgrading.
Co-authored-by: Bob Marsh <bob@example.com>"
commit "Erin Walsh <erin@example.com>" "refactor: extract the pod builder (#25)"
commit "Erin Walsh <erin@example.com>" "docs: describe the upgrade procedure (#26)"
commit "Alice Chen <alice@kubeopencode.io>" "chore: prepare v0.2.0 release (#27)"
