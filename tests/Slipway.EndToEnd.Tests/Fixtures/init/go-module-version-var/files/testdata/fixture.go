package testdata

var version = "0.4.2"
