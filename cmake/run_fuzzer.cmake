# cmake -D FUZZER=<exe> -D CORPUS_DIR=<seeds> -D WORK_DIR=<dir> -D SECONDS=<n> [-D DICTIONARY=<file>]
#       -P run_fuzzer.cmake
# The fuzzer writes new inputs into its corpus, so it gets a fresh copy and the seeds stay as
# committed. Its log goes to WORK_DIR/fuzz.log; what is printed is one line of counts, also
# written to WORK_DIR/summary.txt for CI's log, and, when it fails, the end of the log with the
# sanitizer's report.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus")
if(EXISTS "${CORPUS_DIR}")
  file(COPY "${CORPUS_DIR}/" DESTINATION "${WORK_DIR}/corpus")
endif()
set(dictionary_option)
if(DICTIONARY)
  set(dictionary_option "-dict=${DICTIONARY}")
endif()
set(ENV{UBSAN_OPTIONS} "print_stacktrace=1")
set(log "${WORK_DIR}/fuzz.log")
string(TIMESTAMP started "%s")
execute_process(
  COMMAND "${FUZZER}" "${WORK_DIR}/corpus" -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10
          -print_final_stats=1 "-artifact_prefix=${WORK_DIR}/" ${dictionary_option}
  OUTPUT_FILE "${log}" ERROR_FILE "${log}"
  RESULT_VARIABLE result)
string(TIMESTAMP finished "%s")
math(EXPR elapsed "${finished} - ${started}")

file(READ "${log}" output)
cmake_path(GET FUZZER FILENAME name)
# The last status line ("#123 ... cov: 456 ft: 789 corp: 12/3456b ...") and the final stats.
set(runs "?")
set(coverage "?")
set(corpus "?")
set(slowest "?")
string(REGEX MATCHALL "#[0-9]+[^\n]*cov: [0-9]+[^\n]*corp: [0-9]+" status_lines "${output}")
if(status_lines)
  list(GET status_lines -1 last)
  string(REGEX MATCH "^#([0-9]+)" _ "${last}")
  set(runs "${CMAKE_MATCH_1}")
  string(REGEX MATCH "cov: ([0-9]+)" _ "${last}")
  set(coverage "${CMAKE_MATCH_1}")
  string(REGEX MATCH "corp: ([0-9]+)" _ "${last}")
  set(corpus "${CMAKE_MATCH_1}")
endif()
if(output MATCHES "stat::number_of_executed_units:[ ]+([0-9]+)")
  set(runs "${CMAKE_MATCH_1}")
endif()
if(output MATCHES "stat::slowest_unit_time_sec:[ ]+([0-9]+)")
  set(slowest "${CMAKE_MATCH_1}")
endif()
set(rate "?")
if(runs MATCHES "^[0-9]+$" AND elapsed GREATER 0)
  math(EXPR rate "${runs} / ${elapsed}")
endif()
string(CONCAT summary "${name}: ${runs} runs in ${elapsed} s (${rate}/s), ${coverage} edges covered, "
              "${corpus} inputs in the corpus, slowest input ${slowest} s")
if(NOT result EQUAL 0)
  string(APPEND summary ", FAILED")
endif()
message(NOTICE "${summary}")
file(WRITE "${WORK_DIR}/summary.txt" "${summary}\n")

if(NOT result EQUAL 0)
  string(LENGTH "${output}" length)
  set(tail_start 0)
  if(length GREATER 16000)
    math(EXPR tail_start "${length} - 16000")
  endif()
  string(SUBSTRING "${output}" ${tail_start} -1 tail)
  message(NOTICE "--- the end of ${log} ---\n${tail}\n--- end ---")
  message(FATAL_ERROR "${name} failed (${result}); the input that failed is in ${WORK_DIR}/ (crash-*, timeout-*, "
                      "leak-* or oom-*)")
endif()
