#!/bin/sh
# Entrypoint of the local node:18-bookworm-slim image, behaving as the official image's does: arguments that
# start with "-", or whose first word is not a command on PATH, are handed to node; anything else runs as is.
set -e
case "$1" in
  -*) set -- node "$@" ;;
  *) command -v -- "$1" >/dev/null 2>&1 || set -- node "$@" ;;
esac
exec "$@"
