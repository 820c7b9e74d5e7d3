// Package versions contains the version of the operator.
package versions

const (
	// Version is the version of the operator
	Version = "1.30.0"

	// DefaultImageName is the default image used by the operator to create pods
	DefaultImageName = "ghcr.io/cloudnative-pg/postgresql:18.1-standard-trixie"

	// DefaultOperatorImageName is the default operator image used by the controller
	DefaultOperatorImageName = "ghcr.io/cloudnative-pg/cloudnative-pg:1.30.0"
)
