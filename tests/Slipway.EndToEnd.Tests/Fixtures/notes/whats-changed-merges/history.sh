# bpfman's history shape: plain subjects ("Add …", "Fix …"), PRs merged with merge commits whose
# branch commits are in range too, a release candidate tag between finals, a first-time contributor, and
# a commit pushed without a pull request (GitHub's generated list, and so this style, leaves it out).
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/bpfman/bpfman.git
commit "Dave Tucker <dave@example.com>" "Initial commit"
tag v0.5.0
commit "Dave Tucker <dave@example.com>" "Release v0.5.0 follow-up"
git checkout -q -b fix-tc
commit "Andre Fredette <andre@example.com>" "Fix TC dispatcher priorities"
commit "Andre Fredette <andre@example.com>" "Add a test for TC priorities"
git checkout -q main
merge fix-tc "Dave Tucker <dave@example.com>" "Merge pull request #1200 from afredette/fix-tc" "Fix TC dispatcher priority handling"
tag v0.5.1-rc1
git checkout -q -b docs
commit "Shane Utt <shane@example.com>" "Update the release documentation"
git checkout -q main
merge docs "Dave Tucker <dave@example.com>" "Merge pull request #1205 from shaneutt/docs" "Document the patch release process"
git checkout -q -b newbie
commit "Nina Newcomer <nina@example.com>" "Add the kprobe example"
git checkout -q main
merge newbie "Dave Tucker <dave@example.com>" "Merge pull request #1207 from nina/kprobe" "Add a kprobe example program"
