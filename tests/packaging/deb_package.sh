#!/usr/bin/env bash
# CTest packaging/deb: builds the .deb and .tar.gz with cpack from this build tree, unpacks the
# .deb into a temporary root with dpkg-deb -x and checks it: the installed files (binaries,
# desktop entry, AppStream metainfo, MIME type, icons), the desktop entry and metainfo with
# Debian's validators where present, the control fields (name, version, section, the declared
# and shlibdeps dependencies), that the binaries carry no build-tree RUNPATH and find all their
# libraries, and finally runs the installed memplanner-cli (and memplanner --version) from that
# root. Exits 77 (skipped) when dpkg-dev's dpkg-shlibdeps or file is missing.
#
# cpack installs what is already built (it builds nothing), so the binaries are brought up to
# date first with cmake --build (a no-op after tools/dev/test.sh's full build).
#
#   deb_package.sh --cmake CMAKE --cpack CPACK --build BUILD_DIR --version X.Y.Z [--gui 1|0]
set -euo pipefail

cmake="" cpack="" build="" version="" gui=1
while [ $# -gt 0 ]; do
    case "$1" in
        --cmake) cmake=$2; shift 2 ;;
        --cpack) cpack=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --version) version=$2; shift 2 ;;
        --gui) gui=$2; shift 2 ;;
        *) echo "usage: $0 --cmake CMAKE --cpack CPACK --build BUILD_DIR --version X.Y.Z [--gui 1|0]" >&2; exit 2 ;;
    esac
done
[ -n "$cmake" ] && [ -n "$cpack" ] && [ -n "$build" ] && [ -n "$version" ] || { echo "missing arguments" >&2; exit 2; }

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
for tool in dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (tools/dev/debian-packages.txt)"; exit 77; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/memplanner-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

# 1. The binaries, then cpack into the temporary folder so that a developer's own packages are left alone.
targets=(memplanner-cli)
[ "$gui" = 1 ] && targets+=(memplanner)
if ! "$cmake" --build "$build" --target "${targets[@]}" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "FAIL: building ${targets[*]}" >&2
    exit 1
fi
if ! "$cpack" --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb="$work/out/memplanner_${version}_${arch}.deb"
tgz="$work/out/memplanner-${version}-Linux.tar.gz"
[ -f "$deb" ] || { ls -l "$work/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }
[ -f "$tgz" ] || fail "no $(basename "$tgz")"
ok "cpack built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) and $(basename "$tgz")"

# 2. Unpack the .deb and check its files.
root="$work/root"
dpkg-deb -x "$deb" "$root"
id=io.github.memplanner.MemPlanner
expected=(usr/bin/memplanner-cli usr/share/mime/packages/memplanner.xml)
if [ "$gui" = 1 ]; then
    expected+=(usr/bin/memplanner
               "usr/share/applications/$id.desktop"
               "usr/share/metainfo/$id.metainfo.xml"
               "usr/share/icons/hicolor/scalable/apps/$id.svg")
    for size in 16 32 48 64 128 256; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
    done
fi
for f in "${expected[@]}"; do
    [ -f "$root/$f" ] || fail "missing /$f"
done
for b in "$root"/usr/bin/*; do
    [ -x "$b" ] || fail "/usr/bin/$(basename "$b") is not executable"
done
ok "${#expected[@]} expected files present"
for f in "$root"/usr/share/icons/hicolor/*x*/apps/*.png; do
    [ -e "$f" ] || continue
    size=$(basename "$(dirname "$(dirname "$f")")")
    file -b "$f" | grep -q "PNG image data, ${size/x/ x }" || fail "$f is not a ${size} PNG: $(file -b "$f")"
done

# 3. Validators, where Debian's packages for them are installed.
if [ "$gui" = 1 ]; then
    if command -v desktop-file-validate >/dev/null; then
        # Errors fail; hints (three main categories) are printed and accepted.
        desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
        grep -q '^Exec=memplanner %f$' "$root/usr/share/applications/$id.desktop" || fail "desktop Exec"
        grep -q '^MimeType=application/x-memplanner;$' "$root/usr/share/applications/$id.desktop" \
            || fail "desktop MimeType"
        ok "desktop-file-validate"
    else
        echo "note: desktop-file-validate not installed (desktop-file-utils); not validated"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$work/as.log" 2>&1 \
            || { cat "$work/as.log" >&2; fail "appstreamcli validate"; }
        ok "appstreamcli validate"
    else
        echo "note: appstreamcli not installed (appstream); metainfo not validated"
    fi
fi
if command -v update-mime-database >/dev/null; then
    mime="$work/mime"
    mkdir -p "$mime/packages"
    cp "$root/usr/share/mime/packages/memplanner.xml" "$mime/packages/"
    [ -f /usr/share/mime/packages/freedesktop.org.xml ] && cp /usr/share/mime/packages/freedesktop.org.xml "$mime/packages/"
    update-mime-database "$mime" >"$work/mime.log" 2>&1 || { cat "$work/mime.log" >&2; fail "update-mime-database"; }
    grep -qx 'application/x-memplanner:\*\.memplan' "$mime/globs" || fail "no *.memplan glob after update-mime-database"
    ok "MIME type application/x-memplanner for *.memplan"
fi

# 4. Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = memplanner ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), expected $version"
[ "$(field Section)" = science ] || fail "Section: $(field Section)"
depends=$(field Depends)
echo "Depends: $depends"
for dep in qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core fonts-noto-cjk libc6 libqt6core6; do
    echo "$depends" | grep -Eq "(^|, )$dep( |,|$)" || fail "Depends lacks $dep"
done
[ "$gui" = 1 ] && { echo "$depends" | grep -Eq '(^|, )libqt6widgets6( |,|$)' || fail "Depends lacks libqt6widgets6"; }
ok "control fields"

# 5. The installed binaries: no RUNPATH into the build tree, every library found.
for b in "$root"/usr/bin/*; do
    if command -v readelf >/dev/null && readelf -d "$b" | grep -Eq 'R(UN)?PATH'; then
        fail "$(basename "$b") has $(readelf -d "$b" | grep -E 'R(UN)?PATH')"
    fi
    if ldd "$b" | grep -q 'not found'; then
        fail "$(basename "$b") misses libraries: $(ldd "$b" | grep 'not found' | xargs)"
    fi
done

# 6. Run the installed CLI from the temporary root. The built-in networks are compiled in.
cli="$root/usr/bin/memplanner-cli"
got=$("$cli" --version) || fail "memplanner-cli --version exited non-zero"
[ "$got" = "memplanner-cli $version" ] || fail "memplanner-cli --version printed '$got'"
if "$cli" plan builtin:resnet50 --batch 32 --format json >"$work/plan.json" 2>"$work/plan.err"; then
    python3 - "$work/plan.json" <<'PY' || fail "plan JSON"
import json, sys
plan = json.load(open(sys.argv[1]))
peak = plan["memory"]["tensor_peak"]
assert isinstance(peak, int) and peak > 10**9, peak
print(f"ok: installed memplanner-cli plans builtin:resnet50 at batch 32: tensor_peak {peak} bytes")
PY
else
    cat "$work/plan.err" >&2
    fail "memplanner-cli plan builtin:resnet50"
fi
if [ "$gui" = 1 ]; then
    gv=$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" timeout 30 "$root/usr/bin/memplanner" --version 2>/dev/null) \
        || fail "memplanner --version exited non-zero"
    echo "$gv" | grep -q "$version" || fail "memplanner --version printed '$gv'"
    ok "installed memplanner --version: $gv"
fi

# 7. The tarball holds the same tree under memplanner-<version>-Linux/.
if [ -f "$tgz" ]; then
    tar -tzf "$tgz" >"$work/tgz.list"
    for f in bin/memplanner-cli share/mime/packages/memplanner.xml; do
        grep -q "^memplanner-${version}-Linux/$f$" "$work/tgz.list" || fail "tarball lacks $f"
    done
    ok "tarball: $(grep -vc '/$' "$work/tgz.list") files"
fi

echo "--- files in $(basename "$deb"):"
(cd "$root" && find . -type f | sed 's|^\.||' | sort)
if [ "$failures" -gt 0 ]; then
    echo "packaging/deb: $failures check(s) failed" >&2
    exit 1
fi
echo "packaging/deb: all checks passed"
