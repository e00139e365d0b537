#!/usr/bin/env bash
# Runs a command with a toolchain, making the toolchain available first.
#
#   tools/toolchains/with.sh go    -- go test ./...        (runs in the current directory)
#   tools/toolchains/with.sh mvn   -- mvn -B verify
#   tools/toolchains/with.sh swift -- test                 (swift <args> on the repository's root Package.swift)
#
# Go and Maven are used from PATH; when missing on a Debian host as root they are installed with apt.
# Swift goes through tools/toolchains/swift.sh (PATH, or a cached Debian 13 root under chroot).
# ERRTABLE_SKIP_MISSING_TOOLCHAINS=1 skips a toolchain that cannot be had, loudly; CI never sets it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo_root="$(cd "$here/../.." && pwd -P)"
tool="${1:?usage: with.sh go|mvn|swift -- command...}"
shift
[[ "${1:-}" == "--" ]] && shift

skip_or_fail() {
  if [[ "${ERRTABLE_SKIP_MISSING_TOOLCHAINS:-}" == "1" ]]; then
    printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' >&2
    printf '!!! SKIPPED: %s is not available (%s).\n' "$tool" "$1" >&2
    printf '!!! ERRTABLE_SKIP_MISSING_TOOLCHAINS=1 is set: these tests did NOT run.\n' >&2
    printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n' >&2
    exit 0
  fi
  printf '[%s] error: %s\n' "$tool" "$1" >&2
  exit 1
}

apt_install() {
  local package="$1"
  if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    skip_or_fail "not on PATH; install the Debian package '$package' or its equivalent"
  fi
  printf '[%s] not on PATH: installing the Debian package %s\n' "$tool" "$package" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >&2 \
    || skip_or_fail "apt-get install $package failed"
}

case "$tool" in
  go)
    command -v go >/dev/null 2>&1 || apt_install golang-go
    exec "$@"
    ;;
  mvn)
    command -v java >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
    command -v mvn >/dev/null 2>&1 || apt_install maven
    exec "$@"
    ;;
  swift)
    mode="$("$here/swift.sh" --print-mode 2>/dev/null)" || skip_or_fail "no swift on PATH and this host cannot provision one (needs Debian and root)"
    [[ -n "$mode" ]] || skip_or_fail "no swift on PATH and this host cannot provision one"
    exec "$here/swift.sh" "$repo_root" "$@"
    ;;
  *)
    printf 'with.sh: unknown toolchain "%s" (go, mvn or swift)\n' "$tool" >&2
    exit 2
    ;;
esac
