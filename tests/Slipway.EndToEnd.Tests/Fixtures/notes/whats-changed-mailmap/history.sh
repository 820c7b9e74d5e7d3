# New Contributors without a token, on bpfman v0.6.0's history: the same people under a second address
# are not new, whether the repository's .mailmap says so (Dave), their name does (Andre), or their
# GitHub noreply login does (Shane); a bot never is; the one newcomer is.
source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/bpfman/bpfman.git
commit "Dave Tucker <dave@example.com>" "Initial commit"
commit "Andre Fredette <afredette@redhat.example>" "Add the TC dispatcher"
commit "shaneutt <12345+shaneutt@users.noreply.github.com>" "Document the release process"
tag v0.5.6
for who in "Dave Tucker <dave.tucker@personal.example>:1440:dave/metrics:Export the map metrics" \
           "Andre Fredette <andre.fredette@gmail.example>:1441:andre/tcx:Add TCX support" \
           "shaneutt <shaneutt@users.noreply.github.com>:1442:shaneutt/docs:Update the release documentation" \
           "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>:1443:bpfman/dependabot:Bump clap from 4.5.1 to 4.5.2" \
           "Nina Newcomer <nina@example.com>:1444:nina/kprobe:Add a kprobe example"; do
  IFS=: read -r person number branch title <<<"$who"
  git checkout -q -b "${branch#*/}"
  commit "$person" "$title"
  git checkout -q main
  merge "${branch#*/}" "Dave Tucker <dave@example.com>" "Merge pull request #$number from $branch" "$title"
done
