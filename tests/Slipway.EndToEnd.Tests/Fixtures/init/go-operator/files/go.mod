module github.com/cloudnative-pg/cloudnative-pg

go 1.24
