source "$(dirname "$0")/../lib.sh"
git remote add origin https://github.com/acme/app.git
commit "Ann <ann@example.com>" "feat: first"
tag v3.0.0
commit "renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>" "chore(deps): update module golang.org/x/sys to v0.21.0 (#70)"
commit "Ann <ann@example.com>" "feat: add export (#71)"
commit "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>" "build(deps): bump actions/checkout from 4 to 5 (#72)"
