#!/usr/bin/env bash
# Run `swift` on a package directory, providing a Swift 6 toolchain if needed.
#
#   tools/toolchains/swift.sh <package-dir> <swift args...>
#   tools/toolchains/swift.sh --provision     # only provision the toolchain
#   tools/toolchains/swift.sh --print-mode    # prints `native` or `chroot`
#
# If `swift` is on PATH it is used as is. Otherwise, on a Debian host as root,
# a Debian 13 (trixie) root with the `swiftlang` package is built once with
# debootstrap (cached under $ERRTABLE_CACHE_DIR/swift-trixie) and swift runs
# inside it with chroot, the package directory bind-mounted at /src.
# See tools/toolchains/README.md.
#
# shellcheck disable=SC2317  # cleanup functions are reached from traps only
set -euo pipefail

readonly SUITE=trixie
readonly CACHE_BASE="${ERRTABLE_CACHE_DIR:-$HOME/.cache/errtable}"
# Debian packages a run needs besides the compiler (the release rehearsal: git, for SwiftPM to resolve a git URL).
# A root with extras is a root of its own (swift-trixie-git), so the shared one is never changed for them.
read -r -a EXTRA_PACKAGES <<< "${ERRTABLE_SWIFT_EXTRA_PACKAGES:-}"
readonly EXTRA_PACKAGES
ROOT_VARIANT="$(printf -- '-%s' "${EXTRA_PACKAGES[@]}")"
[[ ${#EXTRA_PACKAGES[@]} -gt 0 ]] || ROOT_VARIANT=""
readonly ROOT_DIR="$CACHE_BASE/swift-$SUITE$ROOT_VARIANT"
readonly LOCK_FILE="$CACHE_BASE/swift-$SUITE$ROOT_VARIANT.lock"
readonly MARKER_NAME=.errtable-swift-provisioned
# Installed inside the root. Changing this list makes the next run re-provision.
readonly ROOT_PACKAGES=(swiftlang libc6-dev "${EXTRA_PACKAGES[@]}")
readonly PKG_MOUNT=/src
readonly SWIFT_LIB_DIR=/usr/libexec/swift/lib/swift/linux
readonly CHROOT_HOME=/root
readonly CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

SCRIPT_PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/$(basename "${BASH_SOURCE[0]}")"
readonly SCRIPT_PATH

MOUNTED=()     # mount points made by this process, in mount order
CHILD_PID=""   # running long command (own process group), if any
TMP_ROOT=""    # root being provisioned, removed if provisioning does not finish

log() { printf '[swift] %s\n' "$*" >&2; }
die() { printf '[swift] error: %s\n' "$*" >&2; exit 1; }

usage() {
  cat >&2 <<'EOF'
usage: tools/toolchains/swift.sh <package-dir> <swift args...>
       tools/toolchains/swift.sh --provision
       tools/toolchains/swift.sh --print-mode
env:   ERRTABLE_CACHE_DIR (default ~/.cache/errtable); the Swift root is <it>/swift-trixie
       ERRTABLE_SWIFT_EXTRA_PACKAGES="git" adds Debian packages, in a root of their own (<it>/swift-trixie-git)
EOF
}

# ---------------------------------------------------------------------------
# Mode detection

host_is_debian() {
  [[ -r /etc/os-release ]] || return 1
  local id
  # shellcheck source=/dev/null
  id="$(. /etc/os-release && printf '%s' "${ID:-}")"
  [[ "$id" == debian ]]
}

detect_mode() {
  if command -v swift >/dev/null 2>&1; then
    echo native
  elif [[ "$(id -u)" == 0 ]] && host_is_debian && command -v apt-get >/dev/null 2>&1 \
      && command -v chroot >/dev/null 2>&1; then
    echo chroot
  else
    echo none
  fi
}

fail_no_toolchain() {
  die "no Swift toolchain available. Install Swift 6 so that \`swift\` is on PATH
  (e.g. Debian 13: \`apt-get install swiftlang libc6-dev\`; other systems: the swift.org toolchain),
  or run this script as root on a Debian host so it can build a Debian 13 root with debootstrap."
}

# ---------------------------------------------------------------------------
# Host apt configuration (the mirror is never hard-coded)

# Prints the URI of the host's main Debian suite: the first deb source whose
# suite is the host's codename (e.g. `bookworm`), else the first whose suite
# has no '-' (so not `bookworm-security`). Reads deb822 .sources files first,
# then one-line .list files.
host_debian_mirror() {
  local codename sources=() lists=() f uri
  # shellcheck source=/dev/null
  codename="$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")"
  for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] && sources+=("$f")
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$f" ]] && lists+=("$f")
  done
  if ((${#sources[@]})); then
    uri="$(awk -v codename="$codename" '
      function consider(suite, uri) {
        if (suite == codename && best == "") best = uri
        if (suite !~ /-/ && fallback == "") fallback = uri
      }
      function flush(  n, i, s) {
        if (types ~ /(^| )deb( |$)/ && enabled != "no" && uri != "") {
          n = split(suites, s, " ")
          for (i = 1; i <= n; i++) consider(s[i], uri)
        }
        types = ""; suites = ""; uri = ""; enabled = ""
      }
      FNR == 1 { flush() }   # a stanza ends with its file
      /^[ \t]*#/ { next }
      /^[ \t]*$/ { flush(); next }
      /^[ \t]/ { next }   # continuation line (e.g. an inline Signed-By key)
      {
        key = tolower($1); sub(/:$/, "", key)
        line = $0; sub(/^[^:]*:[ \t]*/, "", line)
        if (key == "types") types = line
        else if (key == "suites") suites = line
        else if (key == "uris") { split(line, u, " "); uri = u[1] }
        else if (key == "enabled") enabled = tolower(line)
      }
      END { flush(); print (best != "" ? best : fallback) }
    ' "${sources[@]}")"
  fi
  if [[ -z "${uri:-}" ]] && ((${#lists[@]})); then
    uri="$(sed -e 's/\[[^]]*\]//' "${lists[@]}" | awk -v codename="$codename" '
      $1 == "deb" && $3 == codename && best == "" { best = $2 }
      $1 == "deb" && $3 !~ /-/ && fallback == "" { fallback = $2 }
      END { print (best != "" ? best : fallback) }')"
  fi
  [[ -n "${uri:-}" ]] && echo "$uri"
}

# Prints the host's apt settings worth carrying into the root (proxies, and
# Check-Valid-Until for snapshot-style mirrors), as apt.conf lines.
host_apt_settings() {
  apt-config dump 2>/dev/null \
    | grep -E '^Acquire::(https?::Proxy|Check-Valid-Until|Check-Date) ' || true
}

# ---------------------------------------------------------------------------
# Mounts and child processes (always cleaned up)

# Mount points at or below $1 in this mount namespace, deepest first.
mounts_under() {
  local dir="$1"
  awk -v d="$dir" '{
      p = $5
      while (match(p, /\\[0-7][0-7][0-7]/)) {   # undo mountinfo octal escapes
        c = sprintf("%c", (substr(p, RSTART+1, 1) * 64) + (substr(p, RSTART+2, 1) * 8) + substr(p, RSTART+3, 1))
        p = substr(p, 1, RSTART-1) c substr(p, RSTART+4)
      }
      if (p == d || index(p, d "/") == 1) print p
    }' /proc/self/mountinfo | sort -r
}

unmount_path() {
  local target="$1"
  umount "$target" 2>/dev/null || umount -l "$target" 2>/dev/null \
    || log "warning: could not unmount $target"
}

# Removes mounts left below $1 by an earlier run that died (double-mount guard).
unmount_stale() {
  local dir="$1" m
  while IFS= read -r m; do
    [[ -n "$m" ]] || continue
    log "unmounting stale mount $m"
    unmount_path "$m"
  done < <(mounts_under "$dir")
}

bind_mount() {
  local source="$1" target="$2"
  mkdir -p "$target"
  if mountpoint -q "$target"; then
    log "unmounting stale mount $target"
    unmount_path "$target"
  fi
  mount --bind "$source" "$target"
  MOUNTED+=("$target")
}

unmount_all() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    unmount_path "${MOUNTED[i]}"
  done
  MOUNTED=()
}

mount_system_dirs() {
  local root="$1"
  bind_mount /proc "$root/proc"
  bind_mount /sys "$root/sys"
  bind_mount /dev "$root/dev"
  if mountpoint -q /dev/pts; then bind_mount /dev/pts "$root/dev/pts"; fi
  if mountpoint -q /dev/shm; then bind_mount /dev/shm "$root/dev/shm"; fi
}

# PIDs of the live processes of session $1. The compiler processes that
# SwiftPM spawns get process groups of their own, but stay in the session.
session_pids() {
  local sid="$1" stat line pid state session
  for stat in /proc/[0-9]*/stat; do
    { IFS= read -r line < "$stat"; } 2>/dev/null || continue
    read -r state _ _ session _ <<< "${line##*) }"
    pid="${stat#/proc/}"
    pid="${pid%/stat}"
    [[ "$session" == "$sid" && "$state" != Z ]] && echo "$pid"
  done
  return 0
}

# Sends signal $1 to every process of session $2; fails if none is left.
signal_session() {
  local pids
  pids="$(session_pids "$2")"
  [[ -n "$pids" ]] || return 1
  # shellcheck disable=SC2086  # one PID per word
  kill "-$1" $pids 2>/dev/null || true
}

# Stops the running child and everything it started (its whole session).
stop_child() {
  [[ -n "$CHILD_PID" ]] || return 0
  local sig i
  for sig in TERM KILL; do
    signal_session "$sig" "$CHILD_PID" || break
    for ((i = 0; i < 50; i++)); do
      [[ -n "$(session_pids "$CHILD_PID")" ]] || break 2
      sleep 0.1
    done
  done
  wait "$CHILD_PID" 2>/dev/null || true
  CHILD_PID=""
}

# Runs a command in a session of its own, so that a signal to this script can
# stop all of it before the mounts are removed. Returns its exit code.
# The child inherits the lock (fd 9): if this script is SIGKILLed, its orphans
# keep the lock, so a later run waits for them instead of pulling their root
# or mounts away.
run_child() {
  setsid "$@" <&0 &
  CHILD_PID=$!
  local rc=0
  wait "$CHILD_PID" || rc=$?
  CHILD_PID=""
  return "$rc"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  stop_child
  unmount_all
  if [[ -n "$TMP_ROOT" ]]; then
    remove_root_dir "$TMP_ROOT" || true
  fi
  exit "$rc"
}

install_traps() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap 'exit 129' HUP
}

# rm -rf a root dir, refusing if anything is mounted below it (a bind mount of
# /dev or of the package dir would otherwise be deleted through).
remove_root_dir() {
  local dir="$1"
  [[ -d "$dir" ]] || return 0
  unmount_stale "$dir"
  if [[ -n "$(mounts_under "$dir")" ]]; then
    log "warning: not removing $dir: something is still mounted below it"
    return 1
  fi
  rm -rf "$dir"
}

# ---------------------------------------------------------------------------
# Provisioning

packages_key() { printf '%s ' "${ROOT_PACKAGES[@]}" | sed 's/ $//'; }

marker_value() { sed -n "s/^$2=//p" "$1/$MARKER_NAME" 2>/dev/null | head -n1; }

root_is_ready() {
  # /usr/bin/swift is an absolute symlink, so only test that it exists as a link.
  [[ -f "$ROOT_DIR/$MARKER_NAME" && -L "$ROOT_DIR/usr/bin/swift" && -d "$ROOT_DIR$SWIFT_LIB_DIR" ]] \
    && [[ "$(marker_value "$ROOT_DIR" packages)" == "$(packages_key)" ]]
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null 2>&1 && return 0
  log "installing debootstrap on the host (apt-get)"
  run_child apt-get update -qq
  DEBIAN_FRONTEND=noninteractive run_child apt-get install -y -qq debootstrap >/dev/null
}

provision_root() {
  local started=$SECONDS mirror
  mirror="$(host_debian_mirror)" \
    || die "could not find the Debian mirror in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list"
  ensure_debootstrap

  mkdir -p "$CACHE_BASE"
  local stale
  for stale in "$ROOT_DIR".tmp.*; do
    [[ -d "$stale" ]] || continue
    log "removing unfinished root $stale"
    remove_root_dir "$stale" || die "cannot remove $stale"
  done
  TMP_ROOT="$(mktemp -d "$ROOT_DIR.tmp.XXXXXX")"
  chmod 755 "$TMP_ROOT"   # mktemp makes it 0700; apt's _apt user must traverse /

  local include=()
  [[ "$mirror" == https:* ]] && include=(--include=ca-certificates)
  log "debootstrap $SUITE from $mirror into $TMP_ROOT (minbase) ..."
  run_child debootstrap --variant=minbase "${include[@]}" "$SUITE" "$TMP_ROOT" "$mirror" \
    > "$ROOT_DIR.debootstrap.log" 2>&1 \
    || die "debootstrap failed, see $ROOT_DIR.debootstrap.log"
  log "debootstrap done after $((SECONDS - started))s"

  printf 'deb %s %s main\n' "$mirror" "$SUITE" > "$TMP_ROOT/etc/apt/sources.list"
  {
    echo 'APT::Install-Recommends "false";'
    host_apt_settings
  } > "$TMP_ROOT/etc/apt/apt.conf.d/90errtable"
  cp -L /etc/resolv.conf "$TMP_ROOT/etc/resolv.conf" 2>/dev/null || true

  mount_system_dirs "$TMP_ROOT"
  log "apt-get install ${ROOT_PACKAGES[*]} (inside the $SUITE root) ..."
  run_child chroot "$TMP_ROOT" /usr/bin/env -i PATH="$CHROOT_PATH" DEBIAN_FRONTEND=noninteractive \
    sh -c 'apt-get update -qq && apt-get install -y -qq "$@" >/dev/null && apt-get clean' \
    sh "${ROOT_PACKAGES[@]}" \
    || die "apt-get install inside the root failed"
  local version
  version="$(chroot "$TMP_ROOT" /usr/bin/env -i PATH="$CHROOT_PATH" LD_LIBRARY_PATH="$SWIFT_LIB_DIR" \
    swift --version 2>&1 | head -n1)" || die "swift --version failed inside the new root"
  unmount_all

  local seconds=$((SECONDS - started))
  cat > "$TMP_ROOT/$MARKER_NAME" <<EOF
provisioned_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
seconds=$seconds
suite=$SUITE
mirror=$mirror
packages=$(packages_key)
swift=$version
EOF
  if [[ -e "$ROOT_DIR" ]]; then
    log "replacing outdated root $ROOT_DIR"
    local old="$ROOT_DIR.tmp.old.$$"
    mv "$ROOT_DIR" "$old"
    remove_root_dir "$old" || log "warning: left $old behind"
  fi
  mv "$TMP_ROOT" "$ROOT_DIR"
  TMP_ROOT=""
  log "provisioned $version in ${seconds}s ($ROOT_DIR)"
}

# Opens the lock file as fd 9 and locks it, waiting for other runs if needed.
take_lock() {
  mkdir -p "$CACHE_BASE"
  exec 9>"$LOCK_FILE"
  if ! flock -n 9; then
    log "waiting for another swift.sh using $ROOT_DIR to finish (lock $LOCK_FILE) ..."
    flock 9
  fi
}

# Takes the lock and provisions unless a good root exists.
ensure_root() {
  take_lock
  if root_is_ready; then
    log "reusing cached $SUITE root $ROOT_DIR (provisioned $(marker_value "$ROOT_DIR" provisioned_at) in $(marker_value "$ROOT_DIR" seconds)s)"
  else
    provision_root
  fi
}

# ---------------------------------------------------------------------------
# Running swift in the root

# Unmounts what a run without a private namespace left mounted in the host's
# namespace when it died (runs of that kind hold the lock while they run).
clear_stale_host_mounts() {
  take_lock
  unmount_stale "$ROOT_DIR"
  exec 9>&-
}

# Re-executes this script in a private mount namespace (same PID, so signals
# still reach it): its mounts are then invisible to the host and vanish with
# the process even on SIGKILL. Returns if unshare is unavailable.
reexec_in_private_mount_namespace() {
  [[ -z "${ERRTABLE_SWIFT_IN_NAMESPACE:-}" && -z "${ERRTABLE_SWIFT_NO_UNSHARE:-}" ]] || return 0
  command -v unshare >/dev/null 2>&1 || return 0
  unshare --mount --propagation private true 2>/dev/null || return 0
  clear_stale_host_mounts
  exec unshare --mount --propagation private -- \
    /usr/bin/env ERRTABLE_SWIFT_IN_NAMESPACE=1 "$BASH" "$SCRIPT_PATH" "$@"
}

swift_env_passthrough() {
  local name
  for name in TERM NO_COLOR CI; do
    [[ -n "${!name:-}" ]] && printf '%s=%s\0' "$name" "${!name}"
  done
  while IFS= read -r name; do
    printf '%s=%s\0' "$name" "${!name}"
  done < <(compgen -e | grep -E '^SWIFT' || true)
}

run_swift_in_root() {
  local package_dir="$1"; shift
  local env_args=() kv
  while IFS= read -r -d '' kv; do env_args+=("$kv"); done < <(swift_env_passthrough)

  unmount_stale "$ROOT_DIR"
  mount_system_dirs "$ROOT_DIR"
  bind_mount "$package_dir" "$ROOT_DIR$PKG_MOUNT"

  local rc=0
  # shellcheck disable=SC2016  # expanded by the shell inside the root
  run_child chroot "$ROOT_DIR" /usr/bin/env -i \
    PATH="$CHROOT_PATH" HOME="$CHROOT_HOME" LANG=C.UTF-8 \
    LD_LIBRARY_PATH="$SWIFT_LIB_DIR" "${env_args[@]}" \
    sh -c 'cd "$0" && exec swift "$@"' "$PKG_MOUNT" "$@" || rc=$?
  return "$rc"
}

# ---------------------------------------------------------------------------

main() {
  [[ $# -ge 1 ]] || { usage; exit 2; }
  case "$1" in -h | --help) usage; exit 0 ;; esac

  local mode
  mode="$(detect_mode)"
  [[ "$mode" != none ]] || fail_no_toolchain

  if [[ "$1" == --print-mode ]]; then
    echo "$mode"
    exit 0
  fi

  if [[ "$1" == --provision ]]; then
    if [[ "$mode" == native ]]; then
      log "swift is on PATH ($(command -v swift)); nothing to provision"
      exit 0
    fi
    reexec_in_private_mount_namespace "$@"
    install_traps
    ensure_root
    exit 0
  fi

  [[ $# -ge 2 ]] || { usage; exit 2; }
  [[ -d "$1" ]] || die "package directory not found: $1"
  local package_dir
  package_dir="$(cd "$1" && pwd -P)"
  shift

  if [[ "$mode" == native ]]; then
    cd "$package_dir"
    exec swift "$@"
  fi

  reexec_in_private_mount_namespace "$package_dir" "$@"
  install_traps
  ensure_root
  if [[ -n "${ERRTABLE_SWIFT_IN_NAMESPACE:-}" ]]; then
    flock -u 9   # mounts are private to this process: runs may overlap
  fi              # (otherwise the lock is held so that runs serialize)
  log "running in $SUITE chroot: swift $* (package $package_dir at $PKG_MOUNT)"
  local rc=0
  run_swift_in_root "$package_dir" "$@" || rc=$?
  exit "$rc"
}

main "$@"
