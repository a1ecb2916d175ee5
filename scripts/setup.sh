#!/usr/bin/env bash
# Installs what a fresh Debian machine with Swift lacks: libcmark-dev (the CommonMark parser
# docs2swift links) and Python's venv module (the tests install PyPI packages into venvs).
# Safe to run again; does nothing when everything is there.
set -euo pipefail
packages=()
if [ ! -f /usr/include/cmark.h ] || ! ls /usr/lib/*/libcmark.so >/dev/null 2>&1; then
  packages+=(libcmark-dev pkg-config)
fi
if ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
if [ ${#packages[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
fi
