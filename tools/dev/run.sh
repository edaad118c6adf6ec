#!/usr/bin/env bash
# The main job: install, build, then open the built-in ResNet-50 example in the desktop app.
# With no display it prints the CLI plan instead (training at batch 32 with Adam, fp32 and
# mixed precision) against free Colab, Kaggle and a 4 GB laptop GPU, and writes the PDF report
# of the fp32 plan to build/resnet50-report.pdf (MEMPLANNER_REPORT overrides the path).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/tools/dev/install-deps.sh"
"$root/tools/dev/build.sh"
build="${MEMPLANNER_BUILD_DIR:-$root/build}"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/app/gui/memplanner" --example resnet50
fi
cli="$build/app/memplanner-cli"
devices=colab-t4,kaggle-p100,laptop-rtx3050-4gb
report="${MEMPLANNER_REPORT:-$build/resnet50-report.pdf}"
"$cli" plan builtin:resnet50 --batch 32 --optimizer adam --precision fp32 --device "$devices" \
    --pdf "$report"
echo
echo "PDF report: $report"
echo
"$cli" plan builtin:resnet50 --batch 32 --optimizer adam --precision amp-bf16 --device "$devices"
