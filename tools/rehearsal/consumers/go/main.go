// Command app installs the xgpush-error-codes Go module from the rehearsal's module proxy and checks a release's
// conformance vectors through its public API: go run . VECTORS [NAME...], each NAME a code the release must list.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/errtable/errtable/packages/xgpush-error-codes/go/xgpusherr"
)

type vector struct {
	Code        int32  `json:"code"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Solution    string `json:"solution"`
	Retryable   bool   `json:"retryable"`
	Category    string `json:"category"`
	Known       bool   `json:"known"`
}

type vectors struct {
	Version string   `json:"version"`
	Codes   []vector `json:"codes"`
	Unknown []vector `json:"unknown"`
}

func main() {
	if err := run(os.Args[1], os.Args[2:]); err != nil {
		fmt.Fprintln(os.Stderr, "go:", err)
		os.Exit(1)
	}
}

func run(path string, expect []string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var v vectors
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	if xgpusherr.Version != v.Version {
		return fmt.Errorf("installed version %s, want %s", xgpusherr.Version, v.Version)
	}
	var problems []error
	for _, want := range append(v.Codes, v.Unknown...) {
		problems = append(problems, check(want))
	}
	for _, name := range expect {
		if _, ok := xgpusherr.CodeByName(name); !ok {
			problems = append(problems, fmt.Errorf("the release does not list %s", name))
		}
	}
	if err := errors.Join(problems...); err != nil {
		return err
	}
	fmt.Printf("go: %d codes and %d unknown samples of version %s checked\n", len(v.Codes), len(v.Unknown), xgpusherr.Version)
	return nil
}

func check(want vector) error {
	code := xgpusherr.Code(want.Code)
	got := vector{int32(code), code.Name(), code.Description(), code.Solution(), code.Retryable(), string(code.Category()), code.Known()}
	if got != want {
		return fmt.Errorf("Code(%d) = %+v, want %+v", want.Code, got, want)
	}
	if byName, ok := xgpusherr.CodeByName(want.Name); want.Known && (!ok || byName != code) {
		return fmt.Errorf("CodeByName(%q) = %d, %v", want.Name, int32(byName), ok)
	}
	err := xgpusherr.NewError(code, "from the service")
	if (err == nil) != (want.Category == "success") {
		return fmt.Errorf("NewError(%d) = %v for category %s", want.Code, err, want.Category)
	}
	if err != nil && !errors.Is(err, code) {
		return fmt.Errorf("errors.Is(NewError(%d), Code(%d)) = false", want.Code, want.Code)
	}
	return nil
}
