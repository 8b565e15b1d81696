# cmake -D FUZZER=<exe> -D CORPUS_DIR=<seeds> -D WORK_DIR=<dir> -D SECONDS=<n> -P run_fuzzer.cmake
# The fuzzer writes new inputs into its corpus, so it gets a fresh copy and the seeds stay as committed.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus")
if(EXISTS "${CORPUS_DIR}")
  file(COPY "${CORPUS_DIR}/" DESTINATION "${WORK_DIR}/corpus")
endif()
execute_process(
  COMMAND "${FUZZER}" "${WORK_DIR}/corpus" -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10
          "-artifact_prefix=${WORK_DIR}/"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (${result}); the crashing input is in ${WORK_DIR}/")
endif()
