package version

// Version returns the tool's version: the core and, between releases, the pre-release label.
func Version() string {
	if versionPreRelease == "" {
		return versionCore
	}
	return versionCore + "-" + versionPreRelease
}

// versionCore is the core portion of the version per Semantic Versioning 2.0.0
const versionCore = "0.31.0"

// versionPreRelease is the pre-release portion of the version per Semantic Versioning 2.0.0
const versionPreRelease = "alpha"
