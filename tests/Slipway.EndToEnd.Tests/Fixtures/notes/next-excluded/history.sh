# A feature of the project's website, which notes.exclude leaves out of the notes, weighs nothing in
# the next version either: the fix makes it a patch release.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "chore(release): prepare for v2.12.0"
tag v2.12.0
commit "Ann <ann@example.com>" "feat(website): add a dark theme (#1500)"
commit "Ben <ben@example.com>" "fix(git): read annotated tags' dates (#1501)"
