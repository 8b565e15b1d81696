# An archive of generated stories solved on a Dask LocalCluster of two worker processes and in
# one `factrec solve --jsonl` process: the two outputs must be the same bytes.
# -DFACTREC=<factrec> -DPYTHON=<python3> -DDIR=<examples/dask> -DWORK=<scratch directory>
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${PYTHON}" "${DIR}/generate_archive.py" --stories 300 --seed 7
                OUTPUT_FILE "${WORK}/archive.jsonl" RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
  message(FATAL_ERROR "generate_archive.py failed: ${generated}")
endif()
execute_process(COMMAND "${FACTREC}" solve --jsonl --quiet "${WORK}/archive.jsonl" -o "${WORK}/one.jsonl"
                RESULT_VARIABLE one ERROR_VARIABLE one_error)
if(NOT one MATCHES "^[01]$")
  message(FATAL_ERROR "factrec solve --jsonl: exit ${one}: ${one_error}")
endif()
execute_process(COMMAND "${PYTHON}" "${DIR}/solve_archive.py" --factrec "${FACTREC}" --chunk 40
                        "${WORK}/archive.jsonl" -o "${WORK}/dask.jsonl"
                RESULT_VARIABLE distributed ERROR_VARIABLE distributed_error)
message(STATUS "${distributed_error}")
if(NOT distributed STREQUAL one)
  message(FATAL_ERROR "solve_archive.py: exit ${distributed} (one process: ${one}): ${distributed_error}")
endif()
if(NOT distributed_error MATCHES "300 stories in 8 tasks on 2 workers")
  message(FATAL_ERROR "the archive did not run as 8 tasks on 2 Dask workers: ${distributed_error}")
endif()
file(READ "${WORK}/one.jsonl" one_text)
file(READ "${WORK}/dask.jsonl" dask_text)
string(REGEX MATCHALL "\n" newlines "${one_text}")
list(LENGTH newlines lines)
if(NOT lines EQUAL 300)
  message(FATAL_ERROR "one process wrote ${lines} lines for 300 stories")
endif()
if(NOT one_text MATCHES "\"consistent\":false" OR NOT one_text MATCHES "\"consistent\":true")
  message(FATAL_ERROR "the archive should hold consistent stories and stories with conflicts")
endif()
if(NOT one_text STREQUAL dask_text)
  message(FATAL_ERROR "the Dask output differs from one process's (${WORK}/dask.jsonl, ${WORK}/one.jsonl)")
endif()
