# Runs one command and checks both its exit status and its output, which ctest's
# PASS_REGULAR_EXPRESSION alone cannot: an error must exit 2, not merely print a message.
#   cmake -D "COMMAND=prog;arg;..." -D EXIT=2 -D "MATCH=regex" -P run_cli.cmake
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status STREQUAL EXIT)
  message(FATAL_ERROR "exit status ${status}, expected ${EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT "${out}${err}" MATCHES "${MATCH}")
  message(FATAL_ERROR "the output does not match '${MATCH}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
message(STATUS "exit status ${status} and the expected message")
