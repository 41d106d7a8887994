# Windows: letthatsyncin.exe as a GUI program (no console window opens with the tray), with
# its icon, version information and manifest, the Qt DLLs beside it at install time, and an
# NSIS installer plus a .zip made by CPack. Included from packaging/CMakeLists.txt under
# if(WIN32), before include(CPack). Not built by this project's CI: written after the CMake,
# CPack NSIS and Qt deployment documentation (docs/platforms.md).

set(lts_windows_dir "${CMAKE_CURRENT_LIST_DIR}")

# ---- the executable
set_target_properties(letthatsyncin PROPERTIES WIN32_EXECUTABLE ON)

# The version resource counts in four numbers.
set(lts_patch "${PROJECT_VERSION_PATCH}")
if(lts_patch STREQUAL "")
    set(lts_patch 0)
endif()
set(LTS_RC_VERSION "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${lts_patch},0")
set(LTS_RC_ICON "${lts_windows_dir}/letthatsyncin.ico")
# The manifest: MSVC's link step merges .manifest sources into the one it writes (CMake does
# this for MSVC only); MinGW takes it as resource 1 of type 24 (RT_MANIFEST), which replaces
# the toolchain's default manifest.
if(MSVC)
    target_sources(letthatsyncin PRIVATE "${lts_windows_dir}/letthatsyncin.manifest")
    set(LTS_RC_MANIFEST "")
else()
    set(LTS_RC_MANIFEST "1 24 \"${lts_windows_dir}/letthatsyncin.manifest\"")
endif()
configure_file("${lts_windows_dir}/letthatsyncin.rc.in"
    "${CMAKE_CURRENT_BINARY_DIR}/letthatsyncin.rc" @ONLY)
target_sources(letthatsyncin PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/letthatsyncin.rc")

# Qt's DLLs, plugins and translations next to the installed executable (windeployqt, run by
# Qt's deployment script at install time, so the NSIS package and the .zip have them too).
qt_generate_deploy_app_script(TARGET letthatsyncin
    FILENAME_VARIABLE lts_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${lts_deploy_script}")

# ---- the installer
set(CPACK_GENERATOR NSIS ZIP)
# NSIS wants the license as DOS text (CRLF), whatever line ends the checkout has.
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" lts_license)
string(REPLACE "\r\n" "\n" lts_license "${lts_license}")
string(REPLACE "\n" "\r\n" lts_license "${lts_license}")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" "${lts_license}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" DESTINATION .)

# C:\Program Files\LetThatSyncIn (CPACK_PACKAGE_INSTALL_DIRECTORY), not Program Files (x86).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_PACKAGE_NAME "LetThatSyncIn")
set(CPACK_NSIS_DISPLAY_NAME "LetThatSyncIn")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "LetThatSyncIn")
set(CPACK_NSIS_MUI_ICON "${lts_windows_dir}/letthatsyncin.ico")
set(CPACK_NSIS_MUI_UNIICON "${lts_windows_dir}/letthatsyncin.ico")
# The icon of "Installed apps" (backslashes doubled: CPack writes the value through CMake).
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\letthatsyncin.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The Start menu shortcut: bin\letthatsyncin.exe (CPACK_NSIS_EXECUTABLES_DIRECTORY) named
# LetThatSyncIn. No "Run now" on the last page: it would start the tray as administrator.
set(CPACK_PACKAGE_EXECUTABLES letthatsyncin "LetThatSyncIn")
# The uninstaller also removes the start at login (the registry value of app/autostart.cpp)
# of the user who runs it, so Windows does not try to start a program that is gone.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "DeleteRegValue HKCU 'Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run' 'LetThatSyncIn'")
