#!/usr/bin/env bash
# Installs what a fresh Debian machine with Swift lacks: libcmark-dev (the CommonMark parser
# docs2swift links). Safe to run again; does nothing when everything is there.
set -euo pipefail
if [ ! -f /usr/include/cmark.h ] || ! ls /usr/lib/*/libcmark.so >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libcmark-dev pkg-config >/dev/null
fi
