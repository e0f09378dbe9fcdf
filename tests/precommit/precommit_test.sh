#!/usr/bin/env bash
# The real pre-commit (Debian's) uses this repository as a hook source: a bad Dockerfile blocks the commit, a good
# one passes, and a Containerfile is checked too. Usage: precommit_test.sh DISTILL_BINARY REPO_ROOT
set -euo pipefail
distill=$1 repo=$2
command -v pre-commit >/dev/null || { echo "SKIP: pre-commit not installed (scripts/install-deps installs it)"; exit 77; }
rev=$(git -C "$repo" rev-parse HEAD)
if ! git -C "$repo" cat-file -e "$rev:.pre-commit-hooks.yaml" 2>/dev/null; then
  echo "SKIP: .pre-commit-hooks.yaml is not committed yet"; exit 77
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
bin="$work/bin"; mkdir -p "$bin"; ln -s "$(realpath "$distill")" "$bin/distill"
export PATH="$bin:$PATH" PRE_COMMIT_HOME="$work/cache" HOME="$work" GIT_CONFIG_NOSYSTEM=1
cd "$work" && git init -q project && cd project
git config user.email test@example.invalid && git config user.name test && git config commit.gpgsign false
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: distill
YAML
git add .pre-commit-config.yaml && git commit -qm "config" --no-verify
pre-commit install >/dev/null

fail() { echo "FAIL: $*"; exit 1; }
printf 'FROM debian:latest\nRUN apt-get update && apt-get install -y curl\n' > Dockerfile
git add Dockerfile
if git commit -qm "bad Dockerfile" > hook.log 2>&1; then cat hook.log; fail "a bad Dockerfile was committed"; fi
grep -q "DL3007" hook.log || { cat hook.log; fail "the hook output does not name DL3007"; }
echo "ok: bad Dockerfile blocked"

printf 'FROM debian:12.5\nUSER 65532\nCMD ["true"]\n' > Dockerfile
git add Dockerfile
git commit -qm "good Dockerfile" > hook.log 2>&1 || { cat hook.log; fail "a good Dockerfile was blocked"; }
echo "ok: good Dockerfile committed"

mkdir -p svc && printf 'FROM alpine\nMAINTAINER someone\n' > svc/Containerfile
git add svc/Containerfile
if git commit -qm "bad Containerfile" > hook.log 2>&1; then fail "a bad Containerfile was committed"; fi
echo "ok: bad Containerfile blocked"
echo "pre-commit: 3 passed, 0 failed"
