# Desktop integration and the binary packages (CONVENTIONS.md §19): the .desktop file, the
# AppStream metainfo, the .memplan MIME type and the icon set from packaging/, and CPack's DEB
# and TGZ generators. Included from the top-level CMakeLists.txt.
#
#   cmake --build build && (cd build && cpack)      # memplanner_<version>_<arch>.deb and
#                                                   # memplanner-<version>-Linux.tar.gz
#   tools/dev/package.sh                            # the same, then lists the packages

set(MEMPLANNER_APP_ID io.github.memplanner.MemPlanner)
set(_pkg ${PROJECT_SOURCE_DIR}/packaging)

if(MEMPLANNER_BUILD_GUI)
    install(FILES ${_pkg}/${MEMPLANNER_APP_ID}.desktop DESTINATION share/applications)
    install(FILES ${_pkg}/${MEMPLANNER_APP_ID}.metainfo.xml DESTINATION share/metainfo)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${_pkg}/icons/hicolor/${size}x${size}/${MEMPLANNER_APP_ID}.png
                DESTINATION share/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${_pkg}/icons/${MEMPLANNER_APP_ID}.svg DESTINATION share/icons/hicolor/scalable/apps)
endif()
# The MIME type helps the command line too (file managers, xdg-mime query filetype).
install(FILES ${_pkg}/memplanner-mime.xml DESTINATION share/mime/packages RENAME memplanner.xml)

set(MEMPLANNER_PACKAGE_MAINTAINER "MemPlanner developers <maintainers@memplanner.invalid>"
    CACHE STRING "The Maintainer field of the .deb (Name <address>)")

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_NAME memplanner)
set(CPACK_PACKAGE_VENDOR "MemPlanner")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${MEMPLANNER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "MemPlanner tells you, before you train, whether a neural network will fit in\n"
    "memory, where, and at what compute cost. It simulates one PyTorch eager training\n"
    "step at the level of tensor storage and reports the peak (weights, gradients,\n"
    "optimizer state, activations, workspace, input batch and runtime overhead),\n"
    "checks it against GPUs, CPUs and boards, and finds the largest batch for each.\n"
    "\n"
    "This package holds the desktop app (memplanner) and the command-line tool\n"
    "(memplanner-cli).")
# Strip the RelWithDebInfo binaries: the debug information is most of their size.
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)

# DEB: installed under /usr. dpkg-shlibdeps (dpkg-dev) turns the binaries' shared libraries
# into versioned dependencies (libqt6core6, libonnx1, libprotobuf32, libc6, …); the list below
# adds what is loaded at run time and so invisible to it: Qt's platform plugins, Qt's own
# translations (standard dialogs in vi and zh_CN), and the fonts for Vietnamese and Chinese.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MEMPLANNER_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, qt6-translations-l10n, fonts-dejavu-core, fonts-noto-cjk")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# No postinst/postrm: shared-mime-info, desktop-file-utils and hicolor-icon-theme declare dpkg
# file triggers on /usr/share/mime/packages, /usr/share/applications and
# /usr/share/icons/hicolor, so dpkg runs update-mime-database, update-desktop-database and
# gtk-update-icon-cache itself after installing or removing this package (Debian's policy:
# maintainer scripts must not call them). The tarball has no scripts; see README.md.

# TGZ: the install tree relative to its root (bin/, share/), for unpacking under a prefix.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

include(CPack)
