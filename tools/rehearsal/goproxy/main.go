// Command goproxy adds one version of a Go module, taken from a git tag of a repository, to a folder in the module
// proxy layout that the go command reads with GOPROXY=file://<folder>:
//
//	<module>/@v/list, <module>/@v/<version>.info, .mod and .zip
//
// The zip is built by golang.org/x/mod/zip from the tagged commit and the module's subdirectory, exactly as
// proxy.golang.org builds it from a repository, so a consumer gets what the real proxy would serve.
//
//	go run . -repo DIR -module PATH -subdir DIR -version vX.Y.Z -tag TAG -out DIR
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	modzip "golang.org/x/mod/zip"
)

type options struct {
	repo, modulePath, subdir, version, tag, out string
}

func main() {
	var o options
	flag.StringVar(&o.repo, "repo", "", "the git repository holding the tag")
	flag.StringVar(&o.modulePath, "module", "", "the module path, as go.mod declares it")
	flag.StringVar(&o.subdir, "subdir", "", "the module's folder in the repository")
	flag.StringVar(&o.version, "version", "", "the module version, vX.Y.Z")
	flag.StringVar(&o.tag, "tag", "", "the git tag of the release")
	flag.StringVar(&o.out, "out", "", "the proxy folder")
	flag.Parse()
	if err := publish(o); err != nil {
		fmt.Fprintf(os.Stderr, "goproxy: %v\n", err)
		os.Exit(1)
	}
}

func publish(o options) error {
	if o.repo == "" || o.modulePath == "" || o.version == "" || o.tag == "" || o.out == "" {
		return fmt.Errorf("-repo, -module, -version, -tag and -out are required")
	}
	if !semver.IsValid(o.version) {
		return fmt.Errorf("%q is not a semantic version such as v1.2.3", o.version)
	}
	escaped, err := module.EscapePath(o.modulePath)
	if err != nil {
		return err
	}
	dir := filepath.Join(o.out, escaped, "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	version := module.Version{Path: o.modulePath, Version: o.version}
	if err := writeZip(filepath.Join(dir, o.version+".zip"), version, o); err != nil {
		return fmt.Errorf("zipping %s at %s: %w", o.subdir, o.tag, err)
	}
	goMod, err := git(o.repo, "show", o.tag+":"+pathIn(o.subdir, "go.mod"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, o.version+".mod"), goMod, 0o644); err != nil {
		return err
	}
	if err := writeInfo(filepath.Join(dir, o.version+".info"), o); err != nil {
		return err
	}
	if err := addToList(filepath.Join(dir, "list"), o.version); err != nil {
		return err
	}
	fmt.Printf("goproxy: %s@%s from tag %s (%s) into %s\n", o.modulePath, o.version, o.tag, o.subdir, dir)
	return nil
}

func writeZip(path string, version module.Version, o options) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := modzip.CreateFromVCS(file, version, o.repo, o.tag, o.subdir); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}

// writeInfo writes the version's .info: its version and the time of the tagged commit.
func writeInfo(path string, o options) error {
	stamp, err := git(o.repo, "log", "-1", "--format=%cI", o.tag)
	if err != nil {
		return err
	}
	at, err := time.Parse(time.RFC3339, strings.TrimSpace(string(stamp)))
	if err != nil {
		return err
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{o.version, at.UTC()})
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(info, '\n'), 0o644)
}

// addToList adds version to the list of versions, one a line, sorted.
func addToList(path, version string) error {
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	versions := strings.Fields(string(data))
	if !slices.Contains(versions, version) {
		versions = append(versions, version)
	}
	semver.Sort(versions)
	return os.WriteFile(path, []byte(strings.Join(versions, "\n")+"\n"), 0o644)
}

func pathIn(subdir, name string) string {
	if subdir == "" {
		return name
	}
	return subdir + "/" + name
}

func git(repo string, args ...string) ([]byte, error) {
	var stderr bytes.Buffer
	cmd := exec.Command("git", append([]string{"-C", repo}, args...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}
