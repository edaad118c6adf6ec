#!/usr/bin/env bash
# Builds and runs every test (Qt Test suites through CTest). Needs the packages of
# tools/dev/install-deps.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/tools/dev/build.sh"
ctest --test-dir "${MEMPLANNER_BUILD_DIR:-$root/build}" --output-on-failure --timeout 600
