#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant the fuzzer checks in every build type: assert() is compiled out under NDEBUG,
// and the fuzz preset is RelWithDebInfo.
#define FACTREC_FUZZ_CHECK(condition)                                                                                  \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);                     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
