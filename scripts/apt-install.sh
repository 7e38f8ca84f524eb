#!/bin/sh
# Installs the given Debian packages (root or sudo), refreshing the package lists only when the
# first attempt fails, so a machine with fresh lists pays nothing extra. Used by the test installers.
set -eu
[ "$#" -gt 0 ] || exit 0
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "[apt-install] apt-get install $*" >&2
if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2; then
  $SUDO apt-get update >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2
fi
