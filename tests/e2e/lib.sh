# shellcheck shell=bash disable=SC2034 # the E2E_* settings are used by the scripts that source this file
# Shared setup for the end-to-end scripts (sourced, not run): where the cache lives, the container engine
# configuration, and the checks that decide whether this machine can run containers at all.
#
# Everything the e2e test writes lives under $DISTILL_E2E_DIR (default: <repo>/build-e2e, gitignored):
#   conf/       containers.conf, storage.conf, registries.conf (exported through CONTAINERS_* variables)
#   storage/    container storage (overlay; storage-vfs/ when overlay cannot be used), run/ its runroot
#   apt/        a private apt configuration (Debian bookworm only) and its package lists
#   debs/       .deb files fetched for the distroless images
#   rootfs/     root filesystem tarballs, named by the hash of the recipe that made them
#   cache/      apt archives and lists shared by the builder-image installs
#   work/       per-run state of run-e2e.sh (copied build contexts, rewrites, logs, outputs)

E2E_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E_DIR=${DISTILL_E2E_DIR:-$E2E_REPO/build-e2e}
E2E_SUITE=bookworm
E2E_MIRROR=${DISTILL_E2E_MIRROR:-http://deb.debian.org/debian}
E2E_SECURITY_MIRROR=${DISTILL_E2E_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
E2E_SKIP=77

e2e_log() { printf '[e2e %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
e2e_skip() {
  printf 'SKIP: end-to-end image test cannot run here: %s\n' "$*" >&2
  exit "$E2E_SKIP"
}
e2e_die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

# Runs a command at low priority: the machine's cores are shared.
e2e_nice() { nice -n 10 "$@"; }

# The tools the e2e test needs; skips (exit 77) with the reason when one is missing.
e2e_preflight() {
  [ "$(id -u)" = 0 ] || e2e_skip "needs root (rootful buildah/podman with runc); running as uid $(id -u)"
  local missing=() t
  for t in buildah podman runc mmdebstrap dpkg-deb apt-get python3 tar; do
    command -v "$t" >/dev/null 2>&1 || missing+=("$t")
  done
  [ ${#missing[@]} = 0 ] ||
    e2e_skip "missing tools: ${missing[*]} (DISTILL_E2E=1 scripts/install-deps installs them)"
}

# Writes the engine configuration (only when it changed) and exports the variables that select it.
# The storage driver is overlay unless $E2E_DIR/conf/driver says vfs (chosen by e2e_select_storage).
e2e_write_conf() {
  local conf=$E2E_DIR/conf driver=overlay graph
  mkdir -p "$conf"
  [ -f "$conf/driver" ] && driver=$(cat "$conf/driver")
  graph=$E2E_DIR/storage
  [ "$driver" = vfs ] && graph=$E2E_DIR/storage-vfs
  e2e_write_if_changed "$conf/storage.conf" \
    "[storage]" "driver = \"$driver\"" "runroot = \"$E2E_DIR/run\"" "graphroot = \"$graph\""
  # runc, not crun: crun 1.8 refuses hybrid cgroup hosts. The default ulimits must stay below the host's
  # hard limits, because the container runtime cannot raise them without CAP_SYS_RESOURCE.
  e2e_write_if_changed "$conf/containers.conf" \
    "[containers]" 'default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]' \
    "[engine]" 'runtime = "runc"' 'cgroup_manager = "cgroupfs"' 'events_logger = "file"'
  # Short names (python:3.11, golang:1.19-bookworm) resolve to docker.io/library/... in local storage.
  e2e_write_if_changed "$conf/registries.conf" \
    'unqualified-search-registries = ["docker.io"]' 'short-name-mode = "permissive"'
  export CONTAINERS_STORAGE_CONF=$conf/storage.conf CONTAINERS_CONF=$conf/containers.conf
  export CONTAINERS_REGISTRIES_CONF=$conf/registries.conf BUILDAH_FORMAT=docker
}

e2e_write_if_changed() { # FILE LINE...
  local file=$1 tmp
  shift
  tmp=$(mktemp "$file.XXXXXX")
  printf '%s\n' "$@" >"$tmp"
  if cmp -s "$tmp" "$file"; then rm -f "$tmp"; else mv "$tmp" "$file"; fi
}

# Picks overlay storage, or vfs when overlay does not work here; skips when neither works.
e2e_select_storage() {
  local err
  e2e_write_conf
  if err=$(buildah info 2>&1 >/dev/null); then return 0; fi
  if [ "$(cat "$E2E_DIR/conf/driver" 2>/dev/null)" != vfs ]; then
    e2e_log "overlay storage does not work ($err); falling back to vfs (slower: every container is a full copy)"
    echo vfs >"$E2E_DIR/conf/driver"
    e2e_write_conf
    if err=$(buildah info 2>&1 >/dev/null); then return 0; fi
  fi
  e2e_skip "buildah cannot open its storage: $err"
}

# Does an image with this name exist in local storage?
e2e_have_image() { buildah inspect --type image "$1" >/dev/null 2>&1; }

# A label of an image, or nothing.
e2e_image_label() { # IMAGE LABEL
  podman image inspect --format "{{ index .Labels \"$2\" }}" "$1" 2>/dev/null | sed 's/^<no value>$//'
}
