# Compiles one public header as C++17 and passes only when the compiler stops at version.hpp's
# #error. cmake -D CXX=<compiler> -D HEADER=factrec/x.hpp -D INCLUDE_DIR=<dir> -D WORK_DIR=<dir> -P ...
string(MAKE_C_IDENTIFIER "${HEADER}" stem)
set(source "${WORK_DIR}/below_cxx20_${stem}.cpp")
file(WRITE "${source}" "#include <${HEADER}>\n")
execute_process(COMMAND "${CXX}" -std=c++17 -fsyntax-only -Wfatal-errors "-I${INCLUDE_DIR}" "${source}"
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(status EQUAL 0)
  message(FATAL_ERROR "${HEADER} compiled as C++17; it must refuse with #error")
endif()
if(NOT output MATCHES "factrec needs C\\+\\+20")
  message(FATAL_ERROR "${HEADER} as C++17 failed without factrec's message:\n${output}")
endif()
