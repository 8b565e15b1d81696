# Builds and runs one consumer project in a fresh directory.
# cmake -D KIND=find_package|fetch_content|meson_subproject -D FACTREC_SOURCE_DIR=<tree>
#       -D FACTREC_BINARY_DIR=<build to install from> -D WORK_DIR=<scratch> -D CXX=<compiler>
#       [-D GENERATOR=<cmake generator>] [-D MESON=<meson>] -P run_consumer.cmake
cmake_minimum_required(VERSION 3.22)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "${command}\nfailed (${result}):\n${output}")
  endif()
endfunction()

set(consumers "${CMAKE_CURRENT_LIST_DIR}")
set(project "${WORK_DIR}/project")
set(build "${WORK_DIR}/build")
file(REMOVE_RECURSE "${WORK_DIR}")
file(COPY "${consumers}/${KIND}/" "${consumers}/consumer.cpp" DESTINATION "${project}")

function(cmake_consumer)
  run("${CMAKE_COMMAND}" -S "${project}" -B "${build}" -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX}" ${ARGN})
  run("${CMAKE_COMMAND}" --build "${build}")
endfunction()

if(KIND STREQUAL "find_package")
  set(prefix "${WORK_DIR}/prefix")
  run("${CMAKE_COMMAND}" --install "${FACTREC_BINARY_DIR}" --prefix "${prefix}")

  set(pc "${prefix}/share/pkgconfig/factrec.pc")
  file(STRINGS "${pc}" libs REGEX "^Libs")
  if(libs)
    message(FATAL_ERROR "${pc} has a Libs line for a header-only library: ${libs}")
  endif()
  find_program(PKG_CONFIG pkg-config)
  if(PKG_CONFIG)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env "PKG_CONFIG_PATH=${prefix}/share/pkgconfig"
                            "${PKG_CONFIG}" --cflags factrec
                    OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    if(NOT cflags MATCHES "(^| )-std=c\\+\\+20( |$)")
      message(FATAL_ERROR "pkg-config --cflags factrec gives '${cflags}', without -std=c++20")
    endif()
    string(REGEX REPLACE "^-I([^ ]*).*" "\\1" include_dir "${cflags}")
    if(NOT EXISTS "${include_dir}/factrec/core.hpp")
      message(FATAL_ERROR "pkg-config --cflags factrec gives '${cflags}', which does not hold factrec/core.hpp")
    endif()
  endif()

  foreach(installed IN ITEMS "bin/factrec" "share/doc/factrec/LICENSE")
    if(NOT EXISTS "${prefix}/${installed}")
      message(FATAL_ERROR "cmake --install did not install ${installed}")
    endif()
  endforeach()

  cmake_consumer("-DCMAKE_PREFIX_PATH=${prefix}")
elseif(KIND STREQUAL "fetch_content")
  cmake_consumer("-DFACTREC_SOURCE_DIR=${FACTREC_SOURCE_DIR}")
  run("${CMAKE_COMMAND}" --install "${build}" --prefix "${WORK_DIR}/installed")
  if(EXISTS "${WORK_DIR}/installed")
    message(FATAL_ERROR "factrec as a subproject installed files into ${WORK_DIR}/installed")
  endif()
elseif(KIND STREQUAL "meson_subproject")
  # Only what a subproject needs: a copy of a tree with build directories in it would be slow.
  set(subproject "${project}/subprojects/factrec")
  file(COPY "${FACTREC_SOURCE_DIR}/meson.build" "${FACTREC_SOURCE_DIR}/meson_options.txt"
            "${FACTREC_SOURCE_DIR}/include" "${FACTREC_SOURCE_DIR}/LICENSE" DESTINATION "${subproject}")
  run("${CMAKE_COMMAND}" -E env "CXX=${CXX}" "${MESON}" setup "${build}" "${project}" --force-fallback-for=factrec)
  execute_process(COMMAND "${MESON}" introspect --targets "${build}" OUTPUT_VARIABLE targets COMMAND_ERROR_IS_FATAL ANY)
  string(JSON target_count LENGTH "${targets}")
  if(NOT target_count EQUAL 1)
    message(FATAL_ERROR "factrec as a Meson subproject added targets of its own:\n${targets}")
  endif()
  run("${MESON}" compile -C "${build}")
else()
  message(FATAL_ERROR "unknown consumer KIND '${KIND}'")
endif()

execute_process(COMMAND "${build}/consumer" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the ${KIND} consumer failed (${result})")
endif()
