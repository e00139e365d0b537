#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests, installing Debian's `chromium` first when there is none.
#
#   tools/toolchains/chromium.sh        # prints e.g. /usr/bin/chromium on stdout
#
# In order: $ERRTABLE_CHROMIUM when set; `chromium` on PATH; otherwise, as root on a Debian host, Debian's
# `chromium` package installed once with apt-get from the host's own apt sources (so the mirror is whatever the
# host uses; none is named here), under a lock so that concurrent runs install it once. Later runs find it on PATH.
# Exits 1, saying why on stderr, when no Chromium can be had: the tests then skip loudly.
# See tools/toolchains/README.md.
set -euo pipefail

readonly CACHE_BASE="${ERRTABLE_CACHE_DIR:-$HOME/.cache/errtable}"
readonly LOCK_FILE="$CACHE_BASE/chromium.lock"
readonly MARKER_FILE="$CACHE_BASE/chromium.provisioned"
readonly APT_LOG="$CACHE_BASE/chromium.apt.log"
# Installed on the host. Debian's chromium recommends a desktop's worth of packages; the tests need a font only.
readonly PACKAGES=(chromium fonts-liberation)

log() { printf '[chromium] %s\n' "$*" >&2; }
fail() { printf '[chromium] no Chromium: %s\n' "$*" >&2; exit 1; }

host_is_debian() {
  [[ -r /etc/os-release ]] && [[ "$(. /etc/os-release && printf '%s' "${ID:-}")" == debian ]]
}

installed_chromium() { command -v chromium 2>/dev/null; }

install_chromium() {
  local started=$SECONDS
  log "installing Debian's ${PACKAGES[*]} with apt-get, from the host's apt sources (once; log in $APT_LOG) ..."
  { apt-get -o DPkg::Lock::Timeout=600 update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${PACKAGES[@]}"
  } > "$APT_LOG" 2>&1 || { tail -n 20 "$APT_LOG" >&2; fail "apt-get install ${PACKAGES[*]} failed (see $APT_LOG)"; }
  local path version
  path="$(installed_chromium)" || fail "apt-get installed chromium, but it is not on PATH"
  version="$("$path" --version 2>/dev/null | head -n1 || true)"
  printf 'installed_at=%s\nseconds=%s\npackages=%s\nversion=%s\npath=%s\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$((SECONDS - started))" "${PACKAGES[*]}" "$version" "$path" > "$MARKER_FILE"
  log "installed ${version:-chromium} in $((SECONDS - started))s ($path)"
}

main() {
  if [[ -n "${ERRTABLE_CHROMIUM:-}" ]]; then
    [[ -x "$ERRTABLE_CHROMIUM" ]] || fail "ERRTABLE_CHROMIUM=$ERRTABLE_CHROMIUM is not an executable file"
    echo "$ERRTABLE_CHROMIUM"
    return
  fi
  installed_chromium && return
  [[ "$(id -u)" == 0 ]] || fail "\`chromium\` is not on PATH, and installing it needs root (apt-get install chromium), or set ERRTABLE_CHROMIUM"
  host_is_debian && command -v apt-get >/dev/null 2>&1 \
    || fail "\`chromium\` is not on PATH and this is not a Debian host: install Chromium, or set ERRTABLE_CHROMIUM to its executable"
  mkdir -p "$CACHE_BASE"
  exec 9>"$LOCK_FILE"
  if ! flock -n 9; then
    log "waiting for another run installing chromium (lock $LOCK_FILE) ..."
    flock 9
  fi
  installed_chromium || { install_chromium && installed_chromium; }
}

main "$@"
