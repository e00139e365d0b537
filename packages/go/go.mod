module github.com/errtable/errtable/packages/go

go 1.21
