# factrec_add_readme_programs(<README.md>)
# Every ```cpp block of the README is a whole program, and each is compiled against factrec and
# run by ctest as readme.cpp_block_<N> (N counts the blocks from 1, in the README's order; a
# `#line` directive points compiler messages at the README's own lines). A block followed by
# "It prints:" and a plain ``` block must print exactly that. The blocks are read again whenever
# the README changes, so a snippet added to it is compiled without anyone listing it.
function(factrec_add_readme_programs readme)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${readme}")
  file(READ "${readme}" text)
  set(position 0)
  set(index 0)
  while(TRUE)
    string(SUBSTRING "${text}" ${position} -1 rest)
    string(FIND "${rest}" "```cpp\n" open)
    if(open EQUAL -1)
      break()
    endif()
    math(EXPR body_start "${position} + ${open} + 7")
    string(SUBSTRING "${text}" ${body_start} -1 rest)
    string(FIND "${rest}" "\n```" close)
    if(close EQUAL -1)
      message(FATAL_ERROR "${readme}: a ```cpp block is never closed")
    endif()
    math(EXPR length "${close} + 1")
    string(SUBSTRING "${rest}" 0 ${length} program)
    math(EXPR position "${body_start} + ${close} + 4")
    math(EXPR index "${index} + 1")

    string(SUBSTRING "${text}" 0 ${body_start} before)
    string(REGEX REPLACE "[^\n]" "" newlines "${before}")
    string(LENGTH "${newlines}" line)
    math(EXPR line "${line} + 1")
    if(NOT program MATCHES "int main\\(")
      message(FATAL_ERROR "${readme}:${line}: this ```cpp block has no main(): every C++ block of the README is a "
                          "whole program that ctest compiles and runs (readme.cpp_block_${index})")
    endif()

    set(dir "${CMAKE_CURRENT_BINARY_DIR}/readme")
    set(source "${dir}/cpp_block_${index}.cpp")
    # Written through a copy that changes only when the block does: no rebuild on every configure.
    file(WRITE "${source}.new" "#line ${line} \"${readme}\"\n${program}")
    configure_file("${source}.new" "${source}" COPYONLY)
    set(target factrec_readme_cpp_block_${index})
    add_executable(${target} "${source}")
    target_link_libraries(${target} PRIVATE factrec::factrec)
    factrec_target_warnings(${target})

    # "It prints:" right after the block: the program's whole standard output.
    string(SUBSTRING "${text}" ${position} -1 after)
    set(expected_file "")
    if(after MATCHES "^\n\nIt prints:\n\n```\n")
      string(LENGTH "${CMAKE_MATCH_0}" skip)
      string(SUBSTRING "${after}" ${skip} -1 after)
      string(FIND "${after}" "```" end)
      string(SUBSTRING "${after}" 0 ${end} expected)
      set(expected_file "${dir}/cpp_block_${index}.expected")
      file(WRITE "${expected_file}" "${expected}")
    endif()
    add_test(NAME readme.cpp_block_${index}
             COMMAND "${CMAKE_COMMAND}" -D "PROGRAM=$<TARGET_FILE:${target}>" -D "EXPECTED=${expected_file}"
                     -D "WHERE=${readme}:${line}" -P "${PROJECT_SOURCE_DIR}/cmake/run_readme_program.cmake"
             WORKING_DIRECTORY "${dir}")
    set_tests_properties(readme.cpp_block_${index} PROPERTIES LABELS example)
  endwhile()
  if(index EQUAL 0)
    message(FATAL_ERROR "${readme} has no ```cpp block: the README snippets test would check nothing")
  endif()
  set(FACTREC_README_PROGRAMS ${index} PARENT_SCOPE)
endfunction()
