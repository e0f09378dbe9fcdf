#!/usr/bin/env bash
# Makes, without any registry, the base images the end-to-end apps and their rewrites name in FROM, under
# their real names, from Debian bookworm packages:
#
#   builders (one shared mmdebstrap minbase root + apt-get install in a container, committed with buildah):
#     docker.io/library/python:3.11-slim-bookworm   Debian python3.11 + pip + venv, usable like the official image
#     docker.io/library/python:3.11-bookworm        the same + gcc, python3-dev (C extensions build offline)
#     docker.io/library/node:18-bookworm-slim       Debian nodejs 18 + npm, /usr/local/bin/node
#     docker.io/library/golang:1.19-bookworm        Debian golang-1.19, /usr/local/go/bin/go on PATH
#     docker.io/library/eclipse-temurin:17-jdk      Debian openjdk-17-jdk-headless, JAVA_HOME=/opt/java/openjdk
#     docker.io/library/rust:1.63-bookworm          Debian rustc + cargo
#     docker.io/library/gcc:12-bookworm             Debian gcc/g++ 12 + make
#   runtimes (dpkg-deb -x of the package lists distroless uses, no dpkg/apt/shell), tags :latest and :nonroot:
#     gcr.io/distroless/{static,base,cc,python3,nodejs18,java17}-debian12 (run-e2e.sh rewrites with --suite debian12)
#
# Idempotent: every image carries the hash of the recipe that made it (label io.distill.e2e.recipe) and is
# skipped when present with that hash; rootfs tarballs and .debs are cached under $DISTILL_E2E_DIR.
# DISTILL_E2E_REBUILD=1 remakes everything. Exit 77 when containers cannot run on this machine.
# shellcheck disable=SC2016 # the recipes' B_SETUP strings are shell code expanded in the container
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=../lib.sh disable=SC1091
source "$(dirname "$0")/../lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)

e2e_preflight
mkdir -p "$E2E_DIR"/{conf,apt,debs,rootfs,cache/apt-archives/partial,cache/apt-lists/partial}
e2e_select_storage
ARCH=$(dpkg --print-architecture)
REBUILD=${DISTILL_E2E_REBUILD:-0}
PATH_ENV=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RECIPE_LABEL=io.distill.e2e.recipe
# Part of every recipe hash: bump it when a change to how images are made (not what goes in them) must remake
# them all. The hashes cover the recipes' data and functions, so editing a recipe remakes only that image (and
# the builders made from it).
RECIPE_EPOCH=1
BASE_IMAGE=localhost/distill-e2e/bookworm-base:latest
T_START=$SECONDS
USED_TARS=()
# working containers are removed however the script ends
WORKING=()
cleanup() { [ ${#WORKING[@]} = 0 ] || buildah rm "${WORKING[@]}" >/dev/null 2>&1 || true; }
trap cleanup EXIT
new_container() { # FROM -> sets C
  C=$(buildah from --pull=never "$1")
  WORKING+=("$C")
}

# ---------------------------------------------------------------------------------------------------------
# Private apt configurations, one per Debian suite (bookworm in apt/, others in apt-<suite>/), whatever else the
# host has configured. FETCH_SUITE is the suite fetch_debs takes unprefixed package names from.
FETCH_SUITE=$E2E_SUITE
apt_dir() { if [ "$1" = "$E2E_SUITE" ]; then echo "$E2E_DIR/apt"; else echo "$E2E_DIR/apt-$1"; fi; }
apt_private() { # SUITE
  local a key=/usr/share/keyrings/debian-archive-keyring.gpg
  a=$(apt_dir "$1")
  mkdir -p "$a/lists/partial" "$a/cache/archives/partial" "$a/sources.list.d"
  : >>"$a/status"
  e2e_write_if_changed "$a/sources.list" "deb [signed-by=$key] $E2E_MIRROR $1 main" \
    "deb [signed-by=$key] $E2E_MIRROR $1-updates main" "deb [signed-by=$key] $E2E_SECURITY_MIRROR $1-security main"
  e2e_write_if_changed "$a/apt.conf" \
    "Dir::Etc::SourceList \"$a/sources.list\";" "Dir::Etc::SourceParts \"$a/sources.list.d\";" \
    "Dir::State::Lists \"$a/lists\";" "Dir::State::status \"$a/status\";" "Dir::Cache \"$a/cache\";" \
    'APT::Sandbox::User "root";' 'Acquire::Languages "none";'
}
# (the binary caches are named on the command line: the host's apt.conf.d may turn them off, and without them
# every apt-get call rebuilds its cache for seconds)
apt_p() { # SUITE APT-GET-ARGS...
  local conf
  conf=$(apt_dir "$1")/apt.conf
  shift
  APT_CONFIG=$conf apt-get -q -o Dir::Cache::pkgcache=pkgcache.bin -o Dir::Cache::srcpkgcache=srcpkgcache.bin "$@"
}

apt_update() { # SUITE
  local a stamp
  a=$(apt_dir "$1")
  stamp=$a/updated
  # refresh the package lists at most every 6 hours
  if [ "$REBUILD" = 1 ] || [ -z "$(find "$stamp" -mmin -360 2>/dev/null)" ]; then
    e2e_log "apt-get update ($E2E_MIRROR $1)"
    apt_p "$1" update >"$a/update.log" 2>&1 ||
      e2e_skip "the Debian mirror $E2E_MIRROR cannot be reached: $(tail -n 3 "$a/update.log")"
    touch "$stamp"
  fi
}

# Fetches the named packages (exactly those, no dependencies) into debs/ and prints their file names. A name
# may say its suite (bookworm:openjdk-17-jre-headless); others come from $FETCH_SUITE.
fetch_debs() {
  local -A wanted=()
  local p suite uris line file
  for p in "$@"; do
    suite=$FETCH_SUITE
    [[ $p != *:* ]] || { suite=${p%%:*} p=${p#*:}; }
    wanted[$suite]+=" $p"
  done
  for suite in "${!wanted[@]}"; do
    # (from a directory without .debs: apt-get download --print-uris leaves out files in the current one)
    # shellcheck disable=SC2086 # a word list
    uris=$(cd "$(apt_dir "$suite")" && apt_p "$suite" download --print-uris ${wanted[$suite]}) ||
      e2e_die "apt-get download --print-uris ($suite)${wanted[$suite]}"
    local missing=()
    while read -r line; do
      file=$(awk '{print $2}' <<<"$line")
      [ -f "$E2E_DIR/debs/$file" ] || missing+=("${file%%_*}")
    done <<<"$uris"
    if [ ${#missing[@]} -gt 0 ]; then
      (cd "$E2E_DIR/debs" && apt_p "$suite" download "${missing[@]}" >/dev/null) ||
        e2e_die "apt-get download ($suite) ${missing[*]}"
    fi
    awk '{print $2}' <<<"$uris"
  done
}

# ---------------------------------------------------------------------------------------------------------
# Recipe bookkeeping
recipe_hash() { printf '%s\n' "$@" | sha256sum | cut -c1-16; }
up_to_date() { # IMAGE HASH
  [ "$REBUILD" != 1 ] && [ "$(e2e_image_label "$1" "$RECIPE_LABEL")" = "$2" ]
}
image_id() { podman image inspect --format '{{.Id}}' "$1"; }
commit() { # CONTAINER IMAGE [MORE_TAGS...]
  local c=$1 img=$2
  shift 2
  e2e_nice buildah commit -q --rm "$c" "$img" >/dev/null
  local t
  for t in "$@"; do buildah tag "$img" "$t"; done
}

# ---------------------------------------------------------------------------------------------------------
# The shared Debian root every builder starts from (also tagged as debian:bookworm-slim).
DPKG_EXCLUDES=(--dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*'
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright'
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/locale/locale.alias')
BASE_INCLUDE=ca-certificates,netbase,tzdata
BASE_HOOKS=(--customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin "$1"/var/cache/apt/archives/*.deb')
make_base() {
  local h tar
  h=$(recipe_hash "$BASE_INCLUDE" "${DPKG_EXCLUDES[*]}" "${BASE_HOOKS[*]}" "$E2E_MIRROR" "$RECIPE_EPOCH")
  tar=$E2E_DIR/rootfs/bookworm-base-$h.tar
  USED_TARS+=("$tar")
  if up_to_date "$BASE_IMAGE" "$h"; then return 0; fi
  if [ ! -s "$tar" ]; then
    e2e_log "mmdebstrap bookworm minbase -> $tar"
    e2e_nice mmdebstrap -q --variant=minbase --format=tar --include="$BASE_INCLUDE" \
      --aptopt='APT::Install-Recommends "false"' "${DPKG_EXCLUDES[@]}" "${BASE_HOOKS[@]}" \
      "$E2E_SUITE" "$tar.part" "deb $E2E_MIRROR $E2E_SUITE main" "deb $E2E_MIRROR $E2E_SUITE-updates main" \
      "deb $E2E_SECURITY_MIRROR $E2E_SUITE-security main"
    mv "$tar.part" "$tar"
  fi
  e2e_log "import $BASE_IMAGE"
  new_container scratch
  e2e_nice buildah add --quiet "$C" "$tar" / >/dev/null
  buildah config --env "PATH=$PATH_ENV" --cmd '["bash"]' --label "$RECIPE_LABEL=$h" "$C"
  commit "$C" "$BASE_IMAGE" docker.io/library/debian:bookworm-slim docker.io/library/debian:12-slim
}

# Can a container run at all? (cgroups, runtime, rlimits)
probe_run() {
  local err
  if ! err=$(podman run --rm --pull=never --network=none "$BASE_IMAGE" true 2>&1); then
    e2e_skip "podman cannot run a container here (runc, cgroups or rlimits): $err"
  fi
}

# ---------------------------------------------------------------------------------------------------------
# Builders. Each recipe function sets:
#   B_FROM   image it starts from        B_PKGS   Debian packages to apt-get install
#   B_SETUP  shell run after the install B_CONFIG buildah config arguments
#   B_TAGS   names (the first is the main one)  B_COPY  optional "SRC DEST" files copied in first
PY_ENV=(--env "PATH=/usr/local/bin:$PATH_ENV" --env LANG=C.UTF-8)
recipe_python_slim() {
  B_FROM=$BASE_IMAGE
  B_PKGS="python3 python3-pip python3-venv python-is-python3"
  # Like the official image: pip works as root (no PEP 668 marker), root installs land in
  # /usr/local/lib/python3.11/site-packages, and python/pip are in /usr/local/bin.
  B_SETUP='rm -f /usr/lib/python3.*/EXTERNALLY-MANAGED
    rm -rf /usr/local/lib/python3.11/dist-packages
    mkdir -p /usr/local/lib/python3.11/site-packages
    ln -s site-packages /usr/local/lib/python3.11/dist-packages
    for b in python python3 python3.11 pip pip3; do ln -sf /usr/bin/$b /usr/local/bin/$b; done
    echo "e2e-env: PYTHON_VERSION=$(python3 -c "import platform; print(platform.python_version())")"'
  B_CONFIG=("${PY_ENV[@]}" --cmd '["python3"]')
  B_TAGS=(docker.io/library/python:3.11-slim-bookworm docker.io/library/python:3.11-slim)
}
recipe_python_full() {
  B_FROM=docker.io/library/python:3.11-slim-bookworm
  # libyaml-dev: the official full image (buildpack-deps) ships it and other -dev libraries
  B_PKGS="gcc libc6-dev make python3-dev python3-setuptools python3-wheel libyaml-dev"
  B_SETUP='ln -sf /usr/bin/python3-config /usr/local/bin/python3-config
    echo "e2e-env: PYTHON_VERSION=$(python3 -c "import platform; print(platform.python_version())")"'
  B_CONFIG=("${PY_ENV[@]}" --cmd '["python3"]')
  B_TAGS=(docker.io/library/python:3.11-bookworm docker.io/library/python:3.11)
}
recipe_node() {
  B_FROM=$BASE_IMAGE
  B_PKGS="nodejs npm"
  B_COPY="$HERE/node-docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh"
  B_SETUP='for b in node npm npx; do ln -sf /usr/bin/$b /usr/local/bin/$b; done
    chmod 755 /usr/local/bin/docker-entrypoint.sh
    groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
    echo "e2e-env: NODE_VERSION=$(node --version | cut -c2-)"'
  B_CONFIG=(--env "PATH=$PATH_ENV"
    --entrypoint '["docker-entrypoint.sh"]' --cmd '["node"]')
  B_TAGS=(docker.io/library/node:18-bookworm-slim docker.io/library/node:18-slim)
}
recipe_golang() {
  B_FROM=$BASE_IMAGE
  B_PKGS="golang-1.19-go gcc libc6-dev"
  B_SETUP='ln -s /usr/lib/go-1.19 /usr/local/go
    mkdir -p /go/src /go/bin && chmod -R 1777 /go
    echo "e2e-env: GOLANG_VERSION=$(/usr/local/go/bin/go env GOVERSION | cut -c3-)"'
  B_CONFIG=(--env "PATH=/go/bin:/usr/local/go/bin:$PATH_ENV" --env GOPATH=/go
    --workingdir /go --cmd '["bash"]')
  B_TAGS=(docker.io/library/golang:1.19-bookworm docker.io/library/golang:1.19)
}
recipe_temurin() {
  B_FROM=$BASE_IMAGE
  B_PKGS="openjdk-17-jdk-headless"
  B_SETUP='mkdir -p /opt/java && ln -s /usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture) /opt/java/openjdk
    echo "e2e-env: JAVA_VERSION=jdk-$(/opt/java/openjdk/bin/java -XshowSettings:properties -version 2>&1 |
      sed -n "s/^ *java.version = //p")"'
  B_CONFIG=(--env "JAVA_HOME=/opt/java/openjdk" --env "PATH=/opt/java/openjdk/bin:$PATH_ENV"
    --env LANG=C.UTF-8 --cmd '["jshell"]')
  B_TAGS=(docker.io/library/eclipse-temurin:17-jdk docker.io/library/eclipse-temurin:17)
}
recipe_rust() {
  B_FROM=$BASE_IMAGE
  B_PKGS="rustc cargo gcc libc6-dev"
  B_SETUP='mkdir -p /usr/local/cargo/bin /usr/local/rustup
    for b in cargo rustc rustdoc; do ln -s /usr/bin/$b /usr/local/cargo/bin/$b; done
    chmod -R a+w /usr/local/cargo /usr/local/rustup
    echo "e2e-env: RUST_VERSION=$(rustc --version | cut -d" " -f2)"'
  B_CONFIG=(--env RUSTUP_HOME=/usr/local/rustup --env CARGO_HOME=/usr/local/cargo
    --env "PATH=/usr/local/cargo/bin:$PATH_ENV" --cmd '["bash"]')
  B_TAGS=(docker.io/library/rust:1.63-bookworm docker.io/library/rust:1.63)
}
recipe_gcc() {
  B_FROM=$BASE_IMAGE
  B_PKGS="gcc g++ make libc6-dev"
  B_SETUP='echo "e2e-env: GCC_VERSION=$(gcc -dumpfullversion)"'
  B_CONFIG=(--env "PATH=$PATH_ENV" --cmd '["bash"]')
  B_TAGS=(docker.io/library/gcc:12-bookworm docker.io/library/gcc:12)
}

make_builder() { # RECIPE_FUNCTION
  local fn=$1 h img
  B_COPY=""
  "$fn"
  img=${B_TAGS[0]}
  h=$(recipe_hash "$(declare -f "$fn")" "$(image_id "$B_FROM")" "${B_CONFIG[*]}" "$RECIPE_EPOCH" \
    "$([ -z "$B_COPY" ] || sha256sum "${B_COPY%% *}")")
  if up_to_date "$img" "$h"; then return 0; fi
  e2e_log "build $img (apt-get install $B_PKGS)"
  local t0=$SECONDS
  new_container "$B_FROM"
  [ -z "$B_COPY" ] || buildah copy --quiet "$C" "${B_COPY%% *}" "${B_COPY#* }" >/dev/null
  # The apt archives and lists live in the cache directory, so they are shared by builders and runs and
  # never end up in an image (as in the official images, whose apt lists are empty).
  local log=$E2E_DIR/rootfs/${fn#recipe_}.log
  if ! e2e_nice buildah run --network host \
    -v "$E2E_DIR/cache/apt-archives:/var/cache/apt/archives" -v "$E2E_DIR/cache/apt-lists:/var/lib/apt/lists" \
    "$C" -- sh -ec "mkdir -p /usr/share/man/man1 # JDK postinst scripts need it (man pages are excluded)
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $B_PKGS
      $B_SETUP" >"$log" 2>&1; then
    e2e_die "building $img failed; see $log: $(grep -E '^(E|dpkg|update-alternatives): ' "$log" | tail -n 5)"
  fi
  # "e2e-env: NAME=VALUE" lines printed by B_SETUP become ENV (the versions actually installed)
  local envs=() e
  while read -r e; do envs+=(--env "$e"); done < <(sed -n 's/^e2e-env: //p' "$log")
  buildah config "${B_CONFIG[@]}" "${envs[@]}" --label "$RECIPE_LABEL=$h" "$C" 2> >(grep -v "will be passed to entrypoint" >&2)
  commit "$C" "$img" "${B_TAGS[@]:1}"
  e2e_log "  $img done in $((SECONDS - t0)) s: ${envs[*]:-}"
}

# ---------------------------------------------------------------------------------------------------------
# Distroless runtimes: the Debian packages GoogleContainerTools/distroless puts in each debian12 image,
# extracted with dpkg-deb -x (no maintainer scripts, no dpkg database, no shell).
DL_STATIC="base-files netbase tzdata media-types"
DL_BASE="$DL_STATIC libc6 libssl3"
DL_CC="$DL_BASE libgomp1 libstdc++6 libgcc-s1 gcc-12-base"
DL_PYTHON3="$DL_CC python3.11-minimal libpython3.11-minimal libpython3.11-stdlib python3-distutils
  python3-lib2to3 libbz2-1.0 libdb5.3 libexpat1 liblzma5 libsqlite3-0 libuuid1 libncursesw6 libtinfo6 zlib1g
  libcom-err2 libcrypt1 libgssapi-krb5-2 libk5crypto3 libkeyutils1 libkrb5-3 libkrb5support0 libnsl2
  libreadline8 libtirpc3 libtirpc-common libffi8"
# node: the nodejs binary with its shared-library closure (Debian's node links libnode.so.108), and the JS
# modules Debian's node loads from /usr/share/nodejs instead of bundling them (acorn, cjs-module-lexer, undici)
DL_NODEJS18="$DL_CC nodejs libnode108 libuv1 libbrotli1 libc-ares2 libicu72 libnghttp2-14 zlib1g
  node-acorn node-xtend node-cjs-module-lexer node-undici node-busboy"
# java: java-base (on base-nossl) plus the JRE
DL_JAVA17="$DL_STATIC libc6 zlib1g libjpeg62-turbo liblcms2-2 libfreetype6 fonts-dejavu-core fontconfig-config
  libfontconfig1 libexpat1 libuuid1 libbrotli1 libcrypt1 libstdc++6 libgcc-s1 gcc-12-base libpng16-16
  libbz2-1.0 libharfbuzz0b libgraphite2-3 libpcre2-8-0 libglib2.0-0 openjdk-17-jre-headless"

# Files every distroless image has besides its packages.
distroless_common() { # ROOT
  local root=$1 cas
  cas=$(mktemp -d "$E2E_DIR/rootfs/ca.XXXXXX")
  dpkg-deb -x "$E2E_DIR/debs/$(fetch_debs ca-certificates)" "$cas"
  mkdir -p "$root/etc/ssl/certs"
  cat "$cas"/usr/share/ca-certificates/mozilla/*.crt >"$root/etc/ssl/certs/ca-certificates.crt"
  rm -rf "$cas"
  printf '%s\n' 'root:x:0:0:root:/root:/sbin/nologin' 'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin' \
    'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin' >"$root/etc/passwd"
  printf '%s\n' 'root:x:0:' 'nobody:x:65534:' 'tty:x:5:' 'staff:x:50:' 'nonroot:x:65532:' >"$root/etc/group"
  echo 'hosts: files dns' >"$root/etc/nsswitch.conf"
  sed -i 's/^PRETTY_NAME=.*/PRETTY_NAME="Distroless"/' "$root/usr/lib/os-release"
  mkdir -p "$root/tmp" "$root/root" "$root/home/nonroot"
  chmod 1777 "$root/tmp"
  chmod 0700 "$root/root" "$root/home/nonroot"
  chmod 0755 "$root/home"
  chown 65532:65532 "$root/home/nonroot"
  rm -rf "$root/usr/share/man" "$root/usr/share/info" "$root/usr/share/lintian" "$root/usr/share/locale"
  find "$root/usr/share/doc" \( -type l -o \( -type f ! -name copyright \) \) -delete 2>/dev/null || true
}
extra_python3() {
  ln -sf python3.11 "$1/usr/bin/python3"
  ln -sf python3.11 "$1/usr/bin/python"
}
extra_nodejs18() { # only /nodejs/bin/node, as in distroless (no npm, no /usr/bin/node)
  local bin=$1/usr/bin/node
  [ ! -L "$bin" ] || bin=$1/usr/bin/$(basename "$(readlink "$bin")")
  mkdir -p "$1/nodejs/bin"
  mv "$bin" "$1/nodejs/bin/node"
  rm -f "$1/usr/bin/node" "$1/usr/bin/nodejs"
  rm -rf "$1/usr/include" "$1/usr/share/systemtap" "$1/usr/share/gdb"
}
extra_java17() {
  ln -sf "/usr/lib/jvm/java-17-openjdk-$ARCH/bin/java" "$1/usr/bin/java"
  # keep the runtime lean: no desktop integration or debug files
  rm -rf "$1/usr/share/applications" "$1/usr/share/gdb" "$1/usr/lib/debug"
}

make_runtime() { # NAME-debianNN PACKAGES "CONFIG ARGS" [EXTRA_FUNCTION] [VERIFY ARGS...]
  local name=$1 pkgs=$2 extra=${4:-} h debs img=gcr.io/distroless/$1
  # shellcheck disable=SC2206 # word splitting of the config string is intended
  local cfg=($3)
  local verify=("${@:5}")
  case $name in
    *-debian12) FETCH_SUITE=bookworm ;;
    *-debian13) FETCH_SUITE=trixie ;;
    *) e2e_die "make_runtime: unknown Debian version in $name" ;;
  esac
  apt_private "$FETCH_SUITE"
  apt_update "$FETCH_SUITE"
  # shellcheck disable=SC2086 # package lists are word lists
  debs=$(fetch_debs $pkgs)
  h=$(recipe_hash "$(declare -f distroless_common "${extra:-true}")" "$debs" "${cfg[*]}" "$RECIPE_EPOCH")
  local tar=$E2E_DIR/rootfs/distroless-$name-$h.tar
  USED_TARS+=("$tar")
  if up_to_date "$img:latest" "$h" && up_to_date "$img:nonroot" "$h"; then return 0; fi
  if [ ! -s "$tar" ]; then
    e2e_log "assemble $img from $(wc -w <<<"$debs") packages"
    local root=$E2E_DIR/rootfs/root-$name d
    rm -rf "$root"
    mkdir -p "$root"
    for d in $debs; do dpkg-deb -x "$E2E_DIR/debs/$d" "$root"; done
    distroless_common "$root"
    [ -z "$extra" ] || "$extra" "$root"
    [ ! -e "$root/lib64" ] && [ ! -e "$root/usr/lib64" ] || ldconfig -r "$root" 2>/dev/null || true
    for d in bin/sh usr/bin/sh bin/bash usr/bin/bash bin/dash usr/bin/dash usr/bin/dpkg usr/bin/apt; do
      [ ! -e "$root/$d" ] || e2e_die "$img would contain /$d"
    done
    tar -C "$root" --numeric-owner --sort=name -cf "$tar.part" .
    mv "$tar.part" "$tar"
    rm -rf "$root"
  fi
  e2e_log "import $img:{latest,nonroot}"
  new_container scratch
  e2e_nice buildah add --quiet "$C" "$tar" / >/dev/null
  buildah config --env "PATH=$PATH_ENV" --env SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt "${cfg[@]}" \
    --user 0 --workingdir / --label "$RECIPE_LABEL=$h" "$C"
  commit "$C" "$img:latest"
  new_container "$img:latest"
  buildah config --user 65532 --workingdir /home/nonroot "$C"
  commit "$C" "$img:nonroot"
  if [ ${#verify[@]} -gt 0 ]; then
    local out
    out=$(podman run --rm --pull=never --network=none "${verify[@]}" 2>&1) ||
      e2e_die "$img does not run: podman run ${verify[*]}: $out"
    e2e_log "  $img runs: $(tr '\n' ' ' <<<"$out" | cut -c1-100)"
  fi
}

# ---------------------------------------------------------------------------------------------------------
apt_private "$E2E_SUITE"
apt_update "$E2E_SUITE"
make_base
probe_run
for r in recipe_python_slim recipe_python_full recipe_node recipe_golang recipe_temurin recipe_rust recipe_gcc; do
  make_builder "$r"
done
make_runtime static-debian12 "$DL_STATIC" ""
make_runtime base-debian12 "$DL_BASE" ""
make_runtime cc-debian12 "$DL_CC" ""
make_runtime python3-debian12 "$DL_PYTHON3" "--env LANG=C.UTF-8 --entrypoint [\"/usr/bin/python3.11\"] --cmd []" \
  extra_python3 gcr.io/distroless/python3-debian12:nonroot \
  -c 'import ssl, sqlite3, ctypes, zlib, os; print("python3 ok uid", os.getuid())'
make_runtime nodejs18-debian12 "$DL_NODEJS18" "--entrypoint [\"/nodejs/bin/node\"] --cmd []" \
  extra_nodejs18 gcr.io/distroless/nodejs18-debian12:nonroot \
  -e 'console.log("node", process.version, "uid", process.getuid(), typeof fetch, require("node:zlib").crc32 === undefined)'
make_runtime java17-debian12 "$DL_JAVA17" \
  "--env LANG=C.UTF-8 --env JAVA_VERSION=17 --entrypoint [\"/usr/bin/java\",\"-jar\"] --cmd []" \
  extra_java17 --entrypoint /usr/bin/java gcr.io/distroless/java17-debian12:nonroot -version
# rootfs tarballs of recipes that changed since
for f in "$E2E_DIR"/rootfs/*.tar; do
  [[ " ${USED_TARS[*]} " == *" $f "* ]] || [ ! -f "$f" ] || rm -f "$f"
done

e2e_log "images ready in $((SECONDS - T_START)) s"
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E 'distroless|docker.io/library' | sort >&2
