# Sourced by every fixture's history.sh: a repository with fixed identities and dates, so the same
# script always builds the same history (and the same commit ids).
set -euo pipefail
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 TZ=UTC
git init -q -b main
git config commit.gpgsign false
git config tag.gpgsign false
clock=1767225600 # 2026-01-01T00:00:00Z; every commit and tag is one hour after the previous one

at() {
  clock=$((clock + 3600))
  export GIT_AUTHOR_DATE="@$clock +0000" GIT_COMMITTER_DATE="@$clock +0000"
}

# commit "Name <email>" "message"   (the message may hold paragraphs and trailers)
commit() {
  at
  local name=${1% <*} email=${1#*<}
  email=${email%>}
  mkdir -p changes && echo "$clock" >"changes/$clock"  # one file per commit, so branches never conflict
  git add -A
  GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email GIT_COMMITTER_NAME=$name GIT_COMMITTER_EMAIL=$email \
    git commit -q -F - <<<"$2"
}

# merge BRANCH "Name <email>" "subject" ["body"]: a --no-ff merge into the current branch
merge() {
  at
  local name=${2% <*} email=${2#*<}
  email=${email%>}
  GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email GIT_COMMITTER_NAME=$name GIT_COMMITTER_EMAIL=$email \
    git merge -q --no-ff "$1" -m "$3" ${4:+-m "$4"}
}

# tag NAME: an annotated release tag
tag() {
  at
  GIT_COMMITTER_NAME=Releaser GIT_COMMITTER_EMAIL=releaser@example.com git tag -a "$1" -m "Release $1"
}

# signed_merge BRANCH "Name <email>" "subject" ["body"]: a merge signed as GitHub and merge bots sign
# theirs (a gpgsig header in the commit), here with a throwaway SSH key made for the fixture
signed_merge() {
  if [ -z "${signing_key:-}" ]; then
    signing_key=$(mktemp -d)/key
    ssh-keygen -q -t ed25519 -N '' -C fixture -f "$signing_key"
  fi
  at
  local name=${2% <*} email=${2#*<}
  email=${email%>}
  GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email GIT_COMMITTER_NAME=$name GIT_COMMITTER_EMAIL=$email \
    git -c gpg.format=ssh -c user.signingkey="$signing_key" merge -q -S --no-ff "$1" -m "$3" ${4:+-m "$4"}
}
