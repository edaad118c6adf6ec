#!/usr/bin/env bash
# Re-renders the committed PNG icons from the SVG (needs rsvg-convert, Debian's librsvg2-bin).
# Run it after editing io.github.memplanner.MemPlanner.svg; the build itself needs no renderer.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.memplanner.MemPlanner
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$here/hicolor/${size}x${size}/$id.png" "$here/$id.svg"
done
