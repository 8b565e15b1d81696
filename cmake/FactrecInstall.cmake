# Header-only: the package files are architecture-independent, so they go under datadir.
include(CMakePackageConfigHelpers)

set(factrec_config_dir "${CMAKE_INSTALL_DATADIR}/cmake/factrec")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS factrec EXPORT factrecTargets)
install(EXPORT factrecTargets NAMESPACE factrec:: DESTINATION "${factrec_config_dir}")

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/factrecConfig.cmake.in"
                              "${PROJECT_BINARY_DIR}/factrecConfig.cmake" INSTALL_DESTINATION "${factrec_config_dir}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/factrecConfigVersion.cmake"
                                 COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/factrecConfig.cmake" "${PROJECT_BINARY_DIR}/factrecConfigVersion.cmake"
        DESTINATION "${factrec_config_dir}")

# Relocatable: `cmake --install --prefix` picks the prefix after configure-time substitution.
set(factrec_pc_dir "${CMAKE_INSTALL_DATADIR}/pkgconfig")
if(IS_ABSOLUTE "${factrec_pc_dir}")
  set(factrec_pc_prefix "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH factrec_pc_up "/prefix/${factrec_pc_dir}" "/prefix")
  string(REGEX REPLACE "/$" "" factrec_pc_up "${factrec_pc_up}")
  set(factrec_pc_prefix "\${pcfiledir}/${factrec_pc_up}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(factrec_pc_includedir "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(factrec_pc_includedir "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/factrec.pc.in" "${PROJECT_BINARY_DIR}/factrec.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/factrec.pc" DESTINATION "${factrec_pc_dir}")
