package api

// Version of the API module, released on its own.
const Version = "0.3.0" // x-release-please-version
