package store

// The ports family is deprecated from the coming release on; the help text says since when.
var endpointPortsHelp = helpText(
	"Information about the Endpoint ports.",
	"v0.32.0",
)
