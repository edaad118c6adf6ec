#!/usr/bin/env bash
# Builds MemPlanner (tools/dev/build.sh) and its packages with CPack, in build/:
# memplanner_<version>_<arch>.deb and memplanner-<version>-Linux.tar.gz. Needs dpkg-dev and
# file (tools/dev/debian-packages.txt) for the .deb's shared-library dependencies.
#
#   tools/dev/package.sh [DEB|TGZ]        (default: both)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${MEMPLANNER_BUILD_DIR:-$root/build}"
"$root/tools/dev/build.sh"
generators="${1:-DEB;TGZ}"
(cd "$build" && cpack -G "$generators")
ls -l "$build"/memplanner[_-]*.deb "$build"/memplanner-*.tar.gz 2>/dev/null || true
