# Issue 7, packaging: cpack builds the .deb and .tar.gz from this build tree, the .deb is
# unpacked into a temporary root and its files, control fields and installed memplanner-cli are
# checked (tests/packaging/deb_package.sh). cpack builds nothing, so the script first brings
# memplanner-cli and memplanner up to date with cmake --build. Skipped (77) without dpkg-dev or
# file.
if(NOT MEMPLANNER_BUILD_GUI)
    set(_memplanner_pkg_gui 0)
else()
    set(_memplanner_pkg_gui 1)
endif()
add_test(NAME packaging/deb
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging/deb_package.sh
                 --cmake ${CMAKE_COMMAND} --cpack ${CMAKE_CPACK_COMMAND} --build ${PROJECT_BINARY_DIR}
                 --version ${PROJECT_VERSION} --gui ${_memplanner_pkg_gui})
set_tests_properties(packaging/deb PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS packaging)
