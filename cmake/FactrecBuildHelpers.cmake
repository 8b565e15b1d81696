# Helpers for factrec's own targets (tests, examples, benchmarks, fuzzers); never used by consumers.

set(FACTREC_FUZZ_SECONDS 120 CACHE STRING "How long each fuzzer runs under ctest")
if(FACTREC_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "FACTREC_BUILD_FUZZERS needs clang (libFuzzer); this is ${CMAKE_CXX_COMPILER_ID}. "
                      "Use the 'fuzz' preset.")
endif()

# On the target's own compile flags, not on factrec's usage requirements: users choose their warnings.
# g++ 12 at -O2 and above reports Boost.Multiprecision's cpp_int destructor as maybe-uninitialized
# once it is inlined into our code, where system-header suppression no longer applies.
function(factrec_target_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                                             $<$<BOOL:${FACTREC_WARNINGS_AS_ERRORS}>:-Werror>)
  endif()
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()

# Defines the imported target factrec::z3 when Z3 is found. Debian's libz3-dev has no CMake
# package, so fall back to a plain header and library search.
function(factrec_find_z3)
  if(TARGET factrec::z3)
    return()
  endif()
  find_package(Z3 CONFIG QUIET)
  if(TARGET z3::libz3)
    add_library(factrec::z3 INTERFACE IMPORTED GLOBAL)
    target_link_libraries(factrec::z3 INTERFACE z3::libz3)
  else()
    find_path(FACTREC_Z3_INCLUDE_DIR z3++.h)
    find_library(FACTREC_Z3_LIBRARY z3)
    if(FACTREC_Z3_INCLUDE_DIR AND FACTREC_Z3_LIBRARY)
      add_library(factrec::z3 UNKNOWN IMPORTED GLOBAL)
      set_target_properties(factrec::z3 PROPERTIES IMPORTED_LOCATION "${FACTREC_Z3_LIBRARY}"
                                                   INTERFACE_INCLUDE_DIRECTORIES "${FACTREC_Z3_INCLUDE_DIR}")
    endif()
  endif()
  if(TARGET factrec::z3)
    message(STATUS "factrec: Z3 found, factrec::z3 is available")
  else()
    message(STATUS "factrec: Z3 not found, targets that need it are skipped")
  endif()
endfunction()

# Compiles a target's sources for fuzzing: libFuzzer's coverage, AddressSanitizer and
# UndefinedBehaviorSanitizer with every report fatal, and assert() live in every build type (the
# fuzz preset is RelWithDebInfo, which defines NDEBUG; Spirit X3's and Boost.Multiprecision's
# preconditions are findings, not silent undefined behaviour).
set(FACTREC_FUZZ_SANITIZERS -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all)
function(factrec_fuzzer_compile_options target)
  target_link_libraries(${target} PRIVATE factrec::factrec)
  target_compile_options(${target} PRIVATE ${FACTREC_FUZZ_SANITIZERS} -fno-omit-frame-pointer -UNDEBUG)
  factrec_target_warnings(${target})
endfunction()

# factrec_add_fuzzer(NAME <name> SOURCES <files...> CORPUS_DIR <seeds> [DICTIONARIES <files...>]
#                    [LIBRARIES <targets...>])
# Does nothing unless FACTREC_BUILD_FUZZERS is ON. Builds as factrec_fuzzer_compile_options says
# and links with libFuzzer and the sanitizers' runtimes. Registers a ctest (label "fuzz")
# that runs the fuzzer for FACTREC_FUZZ_SECONDS on a fresh copy of the seed corpus, with the
# dictionaries joined into one, and prints how many inputs it ran.
function(factrec_add_fuzzer)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;CORPUS_DIR" "SOURCES;DICTIONARIES;LIBRARIES")
  if(NOT arg_NAME OR NOT arg_SOURCES OR NOT arg_CORPUS_DIR)
    message(FATAL_ERROR "factrec_add_fuzzer: NAME, SOURCES and CORPUS_DIR are required")
  endif()
  if(NOT FACTREC_BUILD_FUZZERS)
    return()
  endif()
  cmake_path(ABSOLUTE_PATH arg_CORPUS_DIR BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")

  add_executable(${arg_NAME} ${arg_SOURCES})
  factrec_fuzzer_compile_options(${arg_NAME})
  target_link_libraries(${arg_NAME} PRIVATE ${arg_LIBRARIES})
  target_link_options(${arg_NAME} PRIVATE ${FACTREC_FUZZ_SANITIZERS})

  set(dictionary "")
  if(arg_DICTIONARIES)
    set(dictionary "${CMAKE_CURRENT_BINARY_DIR}/${arg_NAME}.dict")
    file(WRITE "${dictionary}" "")
    foreach(part IN LISTS arg_DICTIONARIES)
      cmake_path(ABSOLUTE_PATH part BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")
      file(READ "${part}" content)
      file(APPEND "${dictionary}" "${content}")
      set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${part}")
    endforeach()
  endif()

  add_test(NAME ${arg_NAME}
           COMMAND ${CMAKE_COMMAND} -D FUZZER=$<TARGET_FILE:${arg_NAME}> -D "CORPUS_DIR=${arg_CORPUS_DIR}"
                   -D "WORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/${arg_NAME}.run" -D SECONDS=${FACTREC_FUZZ_SECONDS}
                   -D "DICTIONARY=${dictionary}" -P "${PROJECT_SOURCE_DIR}/cmake/run_fuzzer.cmake")
  math(EXPR timeout "${FACTREC_FUZZ_SECONDS} * 2 + 120")
  set_tests_properties(${arg_NAME} PROPERTIES LABELS fuzz TIMEOUT ${timeout})
endfunction()
