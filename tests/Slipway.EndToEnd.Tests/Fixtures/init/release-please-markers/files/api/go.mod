module github.com/example/widget/api

go 1.22
