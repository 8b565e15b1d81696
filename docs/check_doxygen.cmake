# cmake -D DOXYGEN=<doxygen> -D DIR=<dir with a Doxyfile> -P check_doxygen.cmake
# Runs Doxygen and fails, listing them, on any warning: an undocumented public entity (detail
# namespaces and folders are excluded by the Doxyfile) or a malformed comment.
if(NOT DOXYGEN)
  message(FATAL_ERROR "doxygen is not installed (Debian's doxygen, in scripts/packages.txt)")
endif()
file(REMOVE "${DIR}/warnings.log")
execute_process(COMMAND "${DOXYGEN}" "${DIR}/Doxyfile" WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE status
                OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "doxygen failed (${status}):\n${output}")
endif()
file(READ "${DIR}/warnings.log" warnings)
if(NOT warnings STREQUAL "")
  message(FATAL_ERROR "Doxygen warnings, each a public entity to document or a comment to fix:\n${warnings}")
endif()
message(STATUS "every public entity is documented")
