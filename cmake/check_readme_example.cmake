# cmake -D README=<README.md> -D EXAMPLE=<file> -P check_readme_example.cmake
# The README shows the example verbatim, so the code readers copy is code CI compiles.
file(READ "${README}" readme)
file(READ "${EXAMPLE}" example)
string(FIND "${readme}" "```cpp\n${example}```" position)
if(position EQUAL -1)
  message(FATAL_ERROR "${README} no longer shows ${EXAMPLE} verbatim in a ```cpp block: copy it in again")
endif()
