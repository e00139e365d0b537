#!/usr/bin/env bash
# Checks the GitHub Actions workflows in .github/workflows with actionlint, a pinned version built once through the
# Go module proxy and kept in the cache (~/.cache/errtable/bin, or $ERRTABLE_CACHE/bin).
set -euo pipefail

version="v1.7.12"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
bin_dir="${ERRTABLE_CACHE:-$HOME/.cache/errtable}/bin/actionlint-$version"
actionlint="$bin_dir/actionlint"

if [[ ! -x "$actionlint" ]]; then
  printf '[actionlint] building %s through the Go module proxy into %s\n' "$version" "$bin_dir" >&2
  mkdir -p "$bin_dir"
  GOBIN="$bin_dir" bash "$repo_root/tools/toolchains/with.sh" go -- go install "github.com/rhysd/actionlint/cmd/actionlint@$version"
fi

cd "$repo_root"
"$actionlint" -no-color .github/workflows/*.yml
printf '[actionlint] %s: no problem in %s\n' "$version" "$(ls .github/workflows/*.yml | tr '\n' ' ')"
