module example.com/harbor/operator

go 1.24
