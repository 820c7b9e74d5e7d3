# Shaped like FluentValidation: src/Directory.Build.props sets VersionPrefix for every project (an
# empty VersionSuffix beside it), a test project pins its own test SDK, and the README's install line
# names the version.
source "$(dirname "$0")/../lib.sh"
commit "Ann <ann@example.com>" "Update changelog and bump version"
tag 11.5.0
