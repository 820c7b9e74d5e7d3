package build

// Version is the release this operator reports.
const Version = "1.28.2"
