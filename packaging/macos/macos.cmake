# macOS: LetThatSyncIn.app, a menu-bar application (LSUIElement in Info.plist.in: no Dock
# icon), with its icon and version, the Qt frameworks put inside at install time, and a .dmg
# made by CPack. Included from packaging/CMakeLists.txt under if(APPLE), before
# include(CPack). Not built by this project's CI: written after the CMake, CPack DragNDrop
# and Qt deployment documentation (docs/platforms.md).

set(lts_macos_dir "${CMAKE_CURRENT_LIST_DIR}")
set(lts_icns "${lts_macos_dir}/letthatsyncin.icns")

# ---- the bundle
# The bundle's folder name is what Finder shows: LetThatSyncIn.app, and so
# LetThatSyncIn.app/Contents/MacOS/LetThatSyncIn for the command line.
set_target_properties(letthatsyncin PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME LetThatSyncIn
    MACOSX_BUNDLE_INFO_PLIST "${lts_macos_dir}/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME LetThatSyncIn
    MACOSX_BUNDLE_GUI_IDENTIFIER org.letthatsyncin.LetThatSyncIn
    MACOSX_BUNDLE_ICON_FILE letthatsyncin.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
# The icon and the license go to Contents/Resources. Source file properties belong to a
# directory: set them where the target is defined (app/).
set(lts_bundle_resources "${lts_icns}" "${PROJECT_SOURCE_DIR}/LICENSE")
target_sources(letthatsyncin PRIVATE ${lts_bundle_resources})
set_source_files_properties(${lts_bundle_resources} TARGET_DIRECTORY letthatsyncin
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# The Qt frameworks and plugins inside the installed bundle (macdeployqt, run by Qt's
# deployment script at install time, so the .dmg has them too). It expects the bundle at the
# top of the installation: install(TARGETS ... BUNDLE DESTINATION .).
qt_generate_deploy_app_script(TARGET letthatsyncin
    FILENAME_VARIABLE lts_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${lts_deploy_script}")

# ---- the disk image: the bundle and a link to /Applications to drag it onto
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "LetThatSyncIn")
set(CPACK_DMG_FORMAT UDZO)
# The GPL is not an agreement to accept before opening the image; it travels in the bundle.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
