# A squash-merging project's history as GitHub's generated notes list it: a back-port squashed from
# a pull request titled after the original ("… (#40)", landed by #42: the first reference stays in
# the title, as GitHub and conventional-changelog show it), a "closes #7" the author wrote in the
# subject (the title's own), and a changelog import pushed without a pull request (not listed).
# .github/release.yml excludes a label: Slipway lists #44 and warns that it cannot know its labels.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/hyperlink/hyperlink.git
commit "Ann Oduya <ann@example.com>" "chore: initial client"
tag v1.3.0
commit "Ann Oduya <ann@example.com>" "fix(headers): accept mixed-case content encodings (#40) (#42)"
commit "Ben Sato <ben@example.com>" "feat!: port the client to TypeScript, closes  #7 (#8)"
commit "Ann Oduya <ann@example.com>" "changelog import from 1.3.0"
commit "Cid Marr <cid@example.com>" "ci: drop an unused workflow (#44)"
