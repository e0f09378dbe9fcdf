#!/usr/bin/env bash
# End-to-end test of `distill rewrite`: for every app under tests/e2e/apps (or the ones named), rewrite its
# single-stage Dockerfile, build the original and the rewrite with buildah, run both with podman, and check that
#   - both build, and the rewrite's stdout and exit status equal the original's;
#   - the rewritten image is smaller;
#   - the rewritten image runs as uid 65532 (the app's own report, else the image's User);
#   - the rewritten image has no shell (/bin/sh and friends absent, and running /bin/sh fails).
# Prints a table of image sizes and exits 1 on any failure, 77 (skipped) when containers cannot run here.
#
# Usage: tests/e2e/run-e2e.sh [APP...]
# Environment:
#   DISTILL_BINARY             the distill to test (default: build/distill)
#   DISTILL_E2E_DIR            cache and work directory (default: build-e2e)
#   DISTILL_E2E_USE_EXPECTED=1 use apps/<app>/expected-rewrite.Dockerfile instead of running the rewriter
#                              (apps without one are skipped); for developing the harness itself
#
# Apps: apps/<name>/Dockerfile plus its build context. An executable apps/<name>/e2e-prepare runs first, in a
# copy of the directory (for example to build a wheel the Dockerfile installs). apps/<name>/e2e-stdout-ignore
# holds extended regexes (one a line, # comments) of stdout lines that are not the app's own (npm's banner);
# they are left out of the comparison. The build contexts are copies under $DISTILL_E2E_DIR/work/<name>/, with
# the logs, the rewrite and both outputs.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh disable=SC1091
source "$(dirname "$0")/lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
DISTILL=${DISTILL_BINARY:-$E2E_REPO/build/distill}
[[ $DISTILL == /* ]] || DISTILL=$PWD/$DISTILL
USE_EXPECTED=${DISTILL_E2E_USE_EXPECTED:-0}
T_START=$SECONDS

e2e_preflight
rc=0
"$HERE/images/make-images.sh" || rc=$?
[ "$rc" = 0 ] || { [ "$rc" = "$E2E_SKIP" ] && exit "$E2E_SKIP"; e2e_die "making the base images failed (exit $rc)"; }
e2e_write_conf
T_IMAGES=$((SECONDS - T_START))

if [ $# -gt 0 ]; then
  APPS=("$@")
else
  APPS=()
  for d in "$HERE"/apps/*/; do
    [ -f "$d/Dockerfile" ] && APPS+=("$(basename "$d")")
  done
fi
[ ${#APPS[@]} -gt 0 ] || e2e_die "no apps under $HERE/apps"
if [ "$USE_EXPECTED" = 1 ]; then
  e2e_log "DISTILL_E2E_USE_EXPECTED=1: testing the hand-written expected rewrites, not $DISTILL"
fi

# ---------------------------------------------------------------------------------------------------------
# One app. Sets RESULT (PASS, FAIL or SKIP), WHY, SIZE_O, SIZE_R, UID_R, WRITE (workdir writable: orig/rewrite).
test_app() {
  local app=$1 w=$E2E_DIR/work/$1 src=$HERE/apps/$1
  local ctx=$w/ctx rewrite=$w/rewrite.Dockerfile
  local img_o=localhost/distill-e2e/app-$app:original img_r=localhost/distill-e2e/app-$app:rewritten
  RESULT=FAIL WHY=() SIZE_O=- SIZE_R=- UID_R=- WRITE=-
  [ -f "$src/Dockerfile" ] || { WHY+=("no such app: $src/Dockerfile"); return; }
  rm -rf "$w"
  mkdir -p "$w"
  cp -a "$src" "$ctx"
  rm -f "$ctx/expected-rewrite.Dockerfile"
  if [ -x "$ctx/e2e-prepare" ] && ! (cd "$ctx" && ./e2e-prepare) >"$w/prepare.log" 2>&1; then
    WHY+=("e2e-prepare failed: $(tail -n 3 "$w/prepare.log")")
    return
  fi

  # 1. the rewrite
  if [ "$USE_EXPECTED" = 1 ]; then
    if [ ! -f "$src/expected-rewrite.Dockerfile" ]; then
      RESULT=SKIP WHY+=("no expected-rewrite.Dockerfile")
      return
    fi
    cp "$src/expected-rewrite.Dockerfile" "$rewrite"
  else
    if [ ! -x "$DISTILL" ]; then
      WHY+=("no distill binary at $DISTILL (set DISTILL_BINARY)")
      return
    fi
    local rc=0
    # The base images here are made from this machine's Debian 12 packages, so the runtimes are debian12 ones.
    "$DISTILL" rewrite --suite debian12 "$ctx/Dockerfile" --context "$ctx" >"$rewrite" 2>"$w/rewrite.err" || rc=$?
    if [ "$rc" != 0 ]; then
      WHY+=("distill rewrite exited $rc: $(head -c 400 "$w/rewrite.err" | tr '\n' ' ')")
      return
    fi
    [ -s "$rewrite" ] || { WHY+=("distill rewrite printed nothing"); return; }
  fi

  # 2. build both
  local which df
  for which in original rewritten; do
    df=$ctx/Dockerfile
    [ "$which" = rewritten ] && df=$rewrite
    if ! e2e_nice timeout 1200 buildah build --pull=never --layers -f "$df" -t "localhost/distill-e2e/app-$app:$which" \
      "$ctx" >"$w/build-$which.log" 2>&1; then
      WHY+=("the $which Dockerfile does not build ($w/build-$which.log): $(build_error "$w/build-$which.log")")
      return
    fi
  done
  SIZE_O=$(podman image inspect --format '{{.Size}}' "$img_o")
  SIZE_R=$(podman image inspect --format '{{.Size}}' "$img_r")

  # 3. run both
  local rc_o=0 rc_r=0
  run_image "$app-original" "$img_o" "$w/original" || rc_o=$?
  run_image "$app-rewritten" "$img_r" "$w/rewritten" || rc_r=$?
  local out_o=$w/original.out out_r=$w/rewritten.out ignore
  if [ -f "$src/e2e-stdout-ignore" ]; then # lines of the tool, not of the app (e.g. npm's banner)
    ignore=$(grep -v '^#' "$src/e2e-stdout-ignore" | paste -sd '|')
    grep -Ev "$ignore" "$out_o" >"$out_o.compared" || true
    grep -Ev "$ignore" "$out_r" >"$out_r.compared" || true
    out_o=$out_o.compared out_r=$out_r.compared
  fi
  if ! cmp -s "$out_o" "$out_r"; then
    diff "$out_o" "$out_r" >"$w/stdout.diff" || true
    WHY+=("stdout differs ($w/stdout.diff): $(head -n 6 "$w/stdout.diff" | tr '\n' ' ') stderr: $(tail -n 2 "$w/rewritten.err" | tr '\n' ' ')")
  fi
  [ "$rc_o" = "$rc_r" ] || WHY+=("exit status differs: original $rc_o, rewritten $rc_r")
  [ -s "$out_o" ] || WHY+=("the original printed nothing (exit $rc_o): $(tail -n 2 "$w/original.err" | tr '\n' ' ')")

  # 4. smaller
  [ "$SIZE_R" -lt "$SIZE_O" ] || WHY+=("the rewritten image is not smaller: $SIZE_R >= $SIZE_O bytes")

  # 5. nonroot: the uid the app reports, else the image's configured user
  local probe user
  probe=$(grep -o 'e2e-probe: uid=[0-9]*' "$w/rewritten.err" | head -n 1 | cut -d= -f2 || true)
  user=$(podman image inspect --format '{{.Config.User}}' "$img_r")
  WRITE="$(probe_write "$w/original.err")/$(probe_write "$w/rewritten.err")"
  if [ -n "$probe" ]; then
    UID_R=$probe
    [ "$probe" = 65532 ] || WHY+=("the rewritten app runs as uid $probe, not 65532 (image User '$user')")
  else
    UID_R="${user:-unset}"
    case "$user" in
      65532 | 65532:65532 | nonroot | nonroot:nonroot) ;;
      *) WHY+=("the rewritten image's User is '${user}', not 65532/nonroot (and the app did not report its uid)") ;;
    esac
  fi

  # 6. no shell, in the filesystem and at run time
  local mnt f shells=()
  if mnt=$(podman image mount "$img_r" 2>"$w/mount.err"); then
    for f in bin/sh usr/bin/sh bin/bash usr/bin/bash bin/dash usr/bin/dash bin/ash bin/busybox usr/bin/busybox; do
      if [ -e "$mnt/$f" ] || [ -L "$mnt/$f" ]; then shells+=("/$f"); fi
    done
    podman image unmount "$img_r" >/dev/null 2>&1 || true
  else
    WHY+=("cannot mount the rewritten image to look for a shell: $(cat "$w/mount.err")")
  fi
  [ ${#shells[@]} = 0 ] || WHY+=("the rewritten image has a shell: ${shells[*]}")
  if podman run --rm --pull=never --network=none --entrypoint /bin/sh "$img_r" -c 'exit 0' >/dev/null 2>&1; then
    WHY+=("/bin/sh runs in the rewritten image")
  fi

  [ ${#WHY[@]} -gt 0 ] || RESULT=PASS
}

# The lines of a failed build log that say why: buildah's "Error:" lines, else the last lines that are not progress.
build_error() {
  local lines
  lines=$(grep -E '^(Error|error|ERROR)[: ]' "$1" | tail -n 3)
  [ -n "$lines" ] || lines=$(grep -Ev '^(\[[0-9]+/[0-9]+\] )?(STEP|-->|COMMIT|Getting|Copying|Writing|Storing)' "$1" | tail -n 4)
  tr '\n' ' ' <<<"$lines"
}

# Runs an image's default command without network, stdout to OUT.out and stderr to OUT.err; returns its status.
run_image() { # NAME IMAGE OUT
  local name=distill-e2e-$1 rc=0
  podman rm -f "$name" >/dev/null 2>&1 || true
  timeout 300 podman run --rm --name "$name" --pull=never --network=none "$2" >"$3.out" 2>"$3.err" || rc=$?
  [ "$rc" != 124 ] || { podman rm -f "$name" >/dev/null 2>&1 || true; echo "(timed out after 300 s)" >>"$3.err"; }
  return "$rc"
}

probe_write() { grep -o 'e2e-probe: .*writable=[a-z]*' "$1" 2>/dev/null | head -n 1 | sed 's/.*writable=//' || true; }

# ---------------------------------------------------------------------------------------------------------
# Old app images no tag points to any more.
podman image prune -f >/dev/null 2>&1 || true
ROWS=() NOTES=() FAILED=0 PASSED=0 SKIPPED=0
for app in "${APPS[@]}"; do
  t0=$SECONDS
  e2e_log "app $app"
  test_app "$app"
  ratio=-
  if [ "$SIZE_O" != - ] && [ "$SIZE_R" != - ]; then
    ratio=$(awk -v r="$SIZE_R" -v o="$SIZE_O" 'BEGIN { printf "%.1f%%", 100 * r / o }')
  fi
  ROWS+=("$(printf '%-16s %13s %13s %7s %6s %8s %-5s %4ss' "$app" "$SIZE_O" "$SIZE_R" "$ratio" "$UID_R" "$WRITE" \
    "$RESULT" "$((SECONDS - t0))")")
  case $RESULT in
    PASS) PASSED=$((PASSED + 1)) ;;
    SKIP) SKIPPED=$((SKIPPED + 1)) ;;
    *) FAILED=$((FAILED + 1)) ;;
  esac
  for why in "${WHY[@]}"; do NOTES+=("$app: $why"); done
  e2e_log "  $RESULT${WHY:+: ${WHY[0]}}"
done

echo
echo "distill rewrite end-to-end ($([ "$USE_EXPECTED" = 1 ] && echo "expected rewrites" || echo "$DISTILL"))"
printf '%-16s %13s %13s %7s %6s %8s %-5s %5s\n' APP "ORIGINAL B" "REWRITTEN B" RATIO UID WD-WRITE RESULT TIME
printf '%s\n' "${ROWS[@]}"
if [ ${#NOTES[@]} -gt 0 ]; then
  echo
  printf '%s\n' "${NOTES[@]}"
fi
echo
echo "passed $PASSED, failed $FAILED, skipped $SKIPPED; base images ${T_IMAGES}s, total $((SECONDS - T_START))s" \
  "(logs under $E2E_DIR/work)"
[ "$FAILED" = 0 ]
