# Header-only: the package files are architecture-independent, so they go under datadir.
include(CMakePackageConfigHelpers)

set(factrec_config_dir "${CMAKE_INSTALL_DATADIR}/cmake/factrec")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS factrec EXPORT factrecTargets)
if(TARGET factrec_compiled)
  install(TARGETS factrec_compiled EXPORT factrecTargets ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
endif()
install(EXPORT factrecTargets NAMESPACE factrec:: DESTINATION "${factrec_config_dir}")

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/factrecConfig.cmake.in"
                              "${PROJECT_BINARY_DIR}/factrecConfig.cmake" INSTALL_DESTINATION "${factrec_config_dir}")
# While the version is 0.x every minor release may break the API, as semantic versioning allows:
# find_package(factrec 0.1) must not accept 0.2.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(factrec_compatibility SameMinorVersion)
else()
  set(factrec_compatibility SameMajorVersion)
endif()
write_basic_package_version_file("${PROJECT_BINARY_DIR}/factrecConfigVersion.cmake"
                                 COMPATIBILITY ${factrec_compatibility} ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/factrecConfig.cmake" "${PROJECT_BINARY_DIR}/factrecConfigVersion.cmake"
              "${PROJECT_SOURCE_DIR}/cmake/FactrecPrecompile.cmake"
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

# The tool and the licence go with the headers when the tool is built.
if(TARGET factrec_cli)
  install(TARGETS factrec_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/factrec")
